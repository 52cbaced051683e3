import type { Tx } from "../db/tenant";

/** Opening the dashboard again within this gap is the same visit: its "new" counts stay put. */
export const VISIT_GAP_MS = 30 * 60_000;

/**
 * Records that the person opened the dashboard and returns where "new since my last visit" starts:
 * the beginning of the visit before this one (null the first time). Coming back within
 * VISIT_GAP_MS continues the visit, so following an inbox link and returning does not empty it.
 */
export async function recordVisit(tx: Tx, consortiumId: string, membershipId: string, now = new Date()): Promise<Date | null> {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, consortiumId },
    select: { lastVisitAt: true, previousVisitAt: true },
  });
  if (!membership) return null;
  const { lastVisitAt, previousVisitAt } = membership;
  const newVisit = !lastVisitAt || now.getTime() - lastVisitAt.getTime() > VISIT_GAP_MS;
  const since = newVisit ? lastVisitAt : previousVisitAt;
  // One write a minute at most: a dashboard read is not worth a row update each time.
  if (newVisit || now.getTime() - lastVisitAt.getTime() > 60_000) {
    await tx.membership.updateMany({
      where: { id: membershipId, consortiumId },
      data: newVisit ? { lastVisitAt: now, previousVisitAt: lastVisitAt } : { lastVisitAt: now },
    });
  }
  return since;
}
