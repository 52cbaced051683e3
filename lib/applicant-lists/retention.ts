import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";

/**
 * The retention rule for published lists (docs/decisions/0051): once a campaign's retention
 * period has run out, its lists lose their rows — names and everything else about a person — and
 * keep the date, the heading, the number of applicants and their gender. Idempotent.
 */
export async function eraseExpiredLists(tx: Tx, consortiumId: string, campaignIds: string[], now = new Date()): Promise<number> {
  if (!campaignIds.length) return 0;
  const lists = await tx.applicantList.findMany({
    where: { consortiumId, erasedAt: null, posting: { campaignId: { in: campaignIds } } },
    select: { id: true, postingId: true },
  });
  if (!lists.length) return 0;
  await tx.applicantList.updateMany({
    where: { consortiumId, id: { in: lists.map((l) => l.id) } },
    data: { publicRows: [] as Prisma.InputJsonArray, extendedRows: [] as Prisma.InputJsonArray, applicationIds: [], erasedAt: now },
  });
  await recordAudit(tx, { consortiumId, actorUserId: null, action: "applicantList.erased", targetType: "ApplicantList", data: { lists: lists.length, postings: lists.map((l) => l.postingId) } });
  return lists.length;
}
