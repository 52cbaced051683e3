import { invalidateCareerData } from "../careers/cache";
import { Prisma } from "../db/generated/client";
import { systemDb } from "../db/client";

/**
 * Moves campaigns between draft, open and closed by their window, publishes approved postings
 * whose campaign has opened (recording each billable ad once) and closes postings whose campaign
 * deadline has passed. Runs across consortia as the owner (or for one, when `consortiumId` is
 * given); safe to run from several instances at once: the conditions and the unique postingId make
 * it idempotent.
 */
export async function syncPostingSchedule(options: { now?: Date; consortiumId?: string } = {}) {
  const now = options.now ?? new Date();
  const only = (alias: string) =>
    options.consortiumId ? Prisma.sql`AND ${Prisma.raw(alias)}."consortiumId" = ${options.consortiumId}` : Prisma.empty;
  const statusAt = Prisma.sql`CASE WHEN ${now} < c."opensAt" THEN 'DRAFT'::"CampaignStatus"
                                   WHEN ${now} < c."closesAt" THEN 'OPEN'::"CampaignStatus"
                                   ELSE 'CLOSED'::"CampaignStatus" END`;
  const changed = await systemDb().$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE "Campaign" c SET status = ${statusAt}, "updatedAt" = ${now}
       WHERE c.status <> ${statusAt} ${only("c")}`;
    const published = await tx.$executeRaw`
      WITH published AS (
        UPDATE "Posting" p SET status = 'PUBLISHED', "publishedAt" = ${now}, "updatedAt" = ${now}
          FROM "Campaign" c
         WHERE c.id = p."campaignId" AND p.status = 'APPROVED' AND c."opensAt" <= ${now} AND c."closesAt" > ${now} ${only("p")}
        RETURNING p.id, p."consortiumId", p."employerId")
      INSERT INTO "BillableEvent" (id, "consortiumId", "employerId", kind, "occurredAt", "postingId")
      SELECT gen_random_uuid()::text, "consortiumId", "employerId", 'POSTING_PUBLISHED', ${now}, id FROM published
      ON CONFLICT ("postingId") DO NOTHING`;
    const closed = await tx.$executeRaw`
      UPDATE "Posting" p SET status = 'CLOSED', "closedAt" = c."closesAt", "updatedAt" = ${now}
        FROM "Campaign" c
       WHERE c.id = p."campaignId" AND p.status IN ('PUBLISHED', 'APPROVED') AND c."closesAt" <= ${now} ${only("p")}`;
    return { published, closed };
  });
  // Committed: the career pages of this process show the change from the next request on.
  if (changed.published || changed.closed) invalidateCareerData(options.consortiumId);
  return changed;
}
