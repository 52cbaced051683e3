import { recordAudit } from "../audit/record";
import { invalidateCareerData } from "../careers/cache";
import type { Tx } from "../db/tenant";
import { AppError, isUniqueViolation } from "../server/errors";
import type { z } from "../validation";
import { normaliseOrgNumber, type employerSchema } from "./schemas";

type EmployerData = z.output<typeof employerSchema>;
interface Actor {
  consortiumId: string;
  userId: string;
}

function toRow(input: EmployerData) {
  const { memberSince, website, about, orgNumber, ...rest } = input;
  return {
    ...rest,
    orgNumber: normaliseOrgNumber(orgNumber)!,
    website: website ?? null,
    about: about ?? null,
    memberSince: new Date(`${memberSince}T00:00:00Z`),
  };
}

export function listEmployers(tx: Tx, consortiumId: string) {
  return tx.employer.findMany({
    where: { consortiumId },
    orderBy: [{ status: "asc" }, { name: "asc" }],
    include: { _count: { select: { memberships: true, postings: true } } },
  });
}

export async function getEmployer(tx: Tx, consortiumId: string, id: string) {
  const employer = await tx.employer.findFirst({ where: { id, consortiumId } });
  if (!employer) throw new AppError("notFound");
  return employer;
}

async function guardOrgNumber<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("orgNumberTaken", { orgNumber: "validation.orgNumberTaken" });
    throw error;
  }
}

export async function createEmployer(tx: Tx, actor: Actor, input: EmployerData) {
  const employer = await guardOrgNumber(() =>
    tx.employer.create({ data: { ...toRow(input), consortiumId: actor.consortiumId } }),
  );
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "employer.create",
    targetType: "Employer",
    targetId: employer.id,
  });
  return employer;
}

export async function updateEmployer(tx: Tx, actor: Actor, id: string, input: EmployerData) {
  await getEmployer(tx, actor.consortiumId, id);
  const row = toRow(input);
  const employer = await guardOrgNumber(() =>
    tx.employer.update({
      where: { id, consortiumId: actor.consortiumId },
      data: { ...row, memberUntil: row.status === "LEFT" ? new Date() : null },
    }),
  );
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "employer.update",
    targetType: "Employer",
    targetId: id,
  });
  // The employer's profile is on its public posting pages.
  invalidateCareerData(actor.consortiumId);
  return employer;
}
