import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";

/** Sets how long personal data of applicants not hired is kept after a campaign closes. */
export async function updateRetention(tx: Tx, actor: { consortiumId: string; userId: string }, retentionMonths: number) {
  const current = await tx.consortium.findUniqueOrThrow({ where: { id: actor.consortiumId }, select: { retentionMonths: true } });
  if (current.retentionMonths === retentionMonths) return { retentionMonths };
  await tx.consortium.update({ where: { id: actor.consortiumId }, data: { retentionMonths } });
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "consortium.retention",
    targetType: "Consortium",
    targetId: actor.consortiumId,
    data: { from: current.retentionMonths, to: retentionMonths },
  });
  return { retentionMonths };
}
