import { systemDb } from "../db/client";

/**
 * Publishes approved postings whose campaign has opened (recording each billable ad once) and
 * closes postings whose campaign deadline has passed. Runs across consortia as the owner; safe to
 * run from several instances at once (the conditions and the unique postingId make it idempotent).
 */
export async function syncPostingSchedule(now = new Date()): Promise<{ published: number; closed: number }> {
  const db = systemDb();
  return db.$transaction(async (tx) => {
    const published = await tx.$executeRaw`
      WITH published AS (
        UPDATE "Posting" p SET status = 'PUBLISHED', "publishedAt" = ${now}, "updatedAt" = ${now}
          FROM "Campaign" c
         WHERE c.id = p."campaignId" AND p.status = 'APPROVED' AND c."opensAt" <= ${now} AND c."closesAt" > ${now}
        RETURNING p.id, p."consortiumId", p."employerId")
      INSERT INTO "BillableEvent" (id, "consortiumId", "employerId", kind, "occurredAt", "postingId")
      SELECT gen_random_uuid()::text, "consortiumId", "employerId", 'POSTING_PUBLISHED', ${now}, id FROM published
      ON CONFLICT ("postingId") DO NOTHING`;
    const closed = await tx.$executeRaw`
      UPDATE "Posting" p SET status = 'CLOSED', "closedAt" = c."closesAt", "updatedAt" = ${now}
        FROM "Campaign" c
       WHERE c.id = p."campaignId" AND p.status IN ('PUBLISHED', 'APPROVED') AND c."closesAt" <= ${now}`;
    return { published, closed };
  });
}
