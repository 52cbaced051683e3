import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { listPostingIds } from "./duty";
import { listDetailsProblems } from "./schemas";

// The application's side of the lists: which ranked postings get one, the details the list
// needs (kept on the applicant's profile only while such a posting is ranked), and the requests
// to be left off the public list, one per such posting.

export interface ListDetailsInput {
  preferences: string[];
  birthYear?: number;
  currentPosition?: string;
  homeMunicipality?: string;
  workExperience?: string;
  listExemption?: boolean;
  listExemptionReason?: string;
}

/**
 * The ranked postings that get an applicant list; refuses the application (a validation error on
 * each field) when it ranks one and lacks what the list needs. Checked before anything is written.
 */
export async function checkListDetails(tx: Tx, consortiumId: string, input: ListDetailsInput): Promise<string[]> {
  const consortium = await tx.consortium.findUniqueOrThrow({ where: { id: consortiumId }, select: { country: true } });
  const ranked = await tx.posting.findMany({
    where: { id: { in: input.preferences }, consortiumId },
    select: { id: true, employer: { select: { sector: true } } },
  });
  const ids = listPostingIds(consortium.country, ranked.map((p) => ({ id: p.id, sector: p.employer.sector })));
  if (ids.length === 0) return ids;
  const problems = listDetailsProblems(input);
  if (Object.keys(problems).length) throw new AppError("validation", problems);
  return ids;
}

/**
 * Stores the list details and brings the requests in line with the application: one per ranked
 * list posting while the applicant asks; a decided request stays as decided (it is the
 * employer's record); an undecided one goes when its posting is no longer ranked or the
 * applicant no longer asks.
 */
export async function storeListDetails(
  tx: Tx,
  target: { consortiumId: string; userId: string; applicantId: string; applicationId: string },
  listPostings: string[],
  input: ListDetailsInput,
): Promise<void> {
  const { consortiumId, applicationId } = target;
  const asked = listPostings.length > 0;
  await tx.applicant.update({
    where: { id: target.applicantId },
    data: {
      birthYear: asked ? (input.birthYear ?? null) : null,
      currentPosition: asked ? (input.currentPosition ?? null) : null,
      homeMunicipality: asked ? (input.homeMunicipality ?? null) : null,
      workExperience: asked ? (input.workExperience ?? null) : null,
    },
  });
  const wanted = asked && input.listExemption ? listPostings : [];
  await tx.listExemption.deleteMany({ where: { consortiumId, applicationId, status: "PENDING", postingId: { notIn: wanted } } });
  if (!wanted.length) return;
  const reason = input.listExemptionReason ?? "";
  const existing = await tx.listExemption.findMany({ where: { consortiumId, applicationId, postingId: { in: wanted } }, select: { postingId: true, status: true } });
  await tx.listExemption.updateMany({ where: { consortiumId, applicationId, status: "PENDING", postingId: { in: wanted } }, data: { reason } });
  const fresh = wanted.filter((postingId) => !existing.some((e) => e.postingId === postingId));
  if (!fresh.length) return;
  await tx.listExemption.createMany({ data: fresh.map((postingId) => ({ consortiumId, applicationId, postingId, reason })) });
  await recordAudit(tx, {
    consortiumId,
    actorUserId: target.userId,
    action: "listExemption.request",
    targetType: "Application",
    targetId: applicationId,
    data: { postings: fresh },
  });
}
