import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/session";
import { appDb } from "../db/client";
import { withScope } from "../db/tenant";
import { AppError, isUniqueViolation } from "../server/errors";
import { TIME_ZONES } from "./schemas";
import type { z } from "../validation";
import type { createConsortiumSchema } from "./schemas";

/** Creates a consortium with its creator as the first coordinator, in one transaction. */
export async function createConsortium(user: CurrentUser, input: z.output<typeof createConsortiumSchema>) {
  const consortiumId = randomUUID();
  try {
    return await withScope({ consortiumId, userId: user.id }, async (tx) => {
      const consortium = await tx.consortium.create({
        data: { id: consortiumId, ...input, timeZone: TIME_ZONES[input.country] },
      });
      await tx.membership.create({ data: { consortiumId, userId: user.id, role: "COORDINATOR" } });
      await tx.user.update({ where: { id: user.id }, data: { lastConsortiumId: consortiumId } });
      await recordAudit(tx, {
        consortiumId,
        actorUserId: user.id,
        action: "consortium.create",
        targetType: "Consortium",
        targetId: consortiumId,
      });
      return consortium;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("slugTaken", { slug: "validation.slugTaken" });
    throw error;
  }
}

/** Every consortium the person belongs to, with their role there (RLS: their own memberships). */
export function listMyMemberships(userId: string) {
  return withScope({ userId }, (tx) =>
    tx.membership.findMany({
      where: { userId },
      include: { consortium: true, employer: { select: { name: true } } },
      orderBy: { consortium: { name: "asc" } },
    }),
  );
}

/** How many consortia the person belongs to (RLS: their own memberships). */
export function countMyMemberships(userId: string) {
  return withScope({ userId }, (tx) => tx.membership.count({ where: { userId } }));
}

/** Remembers the consortium last opened, so the next sign-in lands there. */
export async function rememberConsortium(userId: string, consortiumId: string, previous: string | null) {
  if (previous === consortiumId) return;
  await appDb().user.update({ where: { id: userId }, data: { lastConsortiumId: consortiumId } });
}
