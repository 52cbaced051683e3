import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";

/**
 * Sets the region's municipalities: survey answers naming one of them count as living (or
 * working) in the region. Sorted in the consortium's language so the survey's list reads well.
 */
export async function updateMunicipalities(tx: Tx, actor: { consortiumId: string; userId: string }, names: string[]) {
  const current = await tx.consortium.findUniqueOrThrow({ where: { id: actor.consortiumId }, select: { municipalities: true, defaultLocale: true } });
  const municipalities = [...names].sort((a, b) => a.localeCompare(b, current.defaultLocale));
  const unchanged = municipalities.length === current.municipalities.length && municipalities.every((m, i) => m === current.municipalities[i]);
  if (unchanged) return { count: municipalities.length };
  await tx.consortium.update({ where: { id: actor.consortiumId }, data: { municipalities } });
  const added = municipalities.filter((m) => !current.municipalities.includes(m));
  const removed = current.municipalities.filter((m) => !municipalities.includes(m));
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "consortium.municipalities",
    targetType: "Consortium",
    targetId: actor.consortiumId,
    data: { added, removed },
  });
  return { count: municipalities.length };
}
