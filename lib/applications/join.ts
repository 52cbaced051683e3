import type { CurrentUser } from "../auth/session";
import { recordAudit } from "../audit/record";
import { appDb } from "../db/client";
import { withTenant } from "../db/tenant";
import { AppError } from "../server/errors";

/**
 * Makes a signed-in person an applicant of the consortium, while one of its campaigns is open.
 * Idempotent for applicants; staff of the consortium cannot apply to it (they review).
 */
export async function joinAsApplicant(user: CurrentUser, slug: string, now = new Date()) {
  const consortium = await appDb().consortium.findUnique({ where: { slug } });
  if (!consortium) throw new AppError("notFound");
  return withTenant(consortium.id, user.id, async (tx) => {
    const membership = await tx.membership.findUnique({ where: { consortiumId_userId: { consortiumId: consortium.id, userId: user.id } } });
    if (membership) {
      if (membership.role !== "APPLICANT") throw new AppError("staffCannotApply");
      return { slug };
    }
    const open = await tx.campaign.count({ where: { consortiumId: consortium.id, opensAt: { lte: now }, closesAt: { gte: now } } });
    if (!open) throw new AppError("campaignClosed");
    await tx.membership.create({ data: { consortiumId: consortium.id, userId: user.id, role: "APPLICANT" } });
    await recordAudit(tx, { consortiumId: consortium.id, actorUserId: user.id, action: "applicant.join", targetType: "User", targetId: user.id });
    return { slug };
  });
}

/** The consortium's campaign taking applications now, if any (for the start page). */
export function findOpenCampaign(consortiumId: string, now = new Date()) {
  return withTenant(consortiumId, null, (tx) =>
    tx.campaign.findFirst({
      where: { consortiumId, opensAt: { lte: now }, closesAt: { gte: now } },
      orderBy: { closesAt: "asc" },
      select: { id: true, closesAt: true, cohort: { select: { name: true } } },
    }),
  );
}
