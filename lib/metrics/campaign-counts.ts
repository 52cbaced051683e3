import { Prisma } from "../db/generated/client";

/** Stages that count as "reached the interview": the stage itself and every later one but a rejection. */
export const INTERVIEWED_STAGES = ["INTERVIEW", "OFFER", "HIRED"] as const;

/**
 * One row per campaign among `campaigns` (an SQL condition on `a."campaignId"`): its applications
 * counted the way the steering group sees them, live (lib/metrics funnel) and when they are frozen
 * at the first erasure (lib/retention/erase.ts), so both always agree. Columns: "campaignId",
 * total, outside, interviewed, offered (int).
 *
 * - applicants: applications past DRAFT (a campaign with drafts only still gets a row of zeros);
 * - outside: their applicant does not live in the region;
 * - interviewed: at the interview or later now, invited to or booked an interview, got an offer,
 *   or moved to or from those stages (the audit trail remembers a rejection after the interview);
 * - offered: the application has an offer.
 *
 * Applicants living outside the region, offers and the audit trail are each read once into a set
 * of ids that every application is looked up in (`IN (subquery)` in an expression is a hashed
 * subplan): no join order for the planner to choose. It underestimates a tenant's applications
 * per campaign (it multiplies the selectivity of "consortiumId" and "campaignId", which are not
 * independent), and with joins that made it probe the applicants once per application or rescan
 * the audit trail for each (docs/performance.md).
 */
export function campaignCountsSql(consortiumId: string, campaigns: Prisma.Sql): Prisma.Sql {
  const stages = Prisma.sql`ARRAY[${Prisma.join([...INTERVIEWED_STAGES])}]::text[]`;
  const offered = Prisma.sql`a.id IN (SELECT "applicationId" FROM "Offer" WHERE "consortiumId" = ${consortiumId})`;
  return Prisma.sql`
    SELECT a."campaignId",
           count(*) FILTER (WHERE a.stage <> 'DRAFT')::int AS total,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND a."applicantId" IN (SELECT id FROM "Applicant" WHERE "consortiumId" = ${consortiumId} AND NOT "livesInRegion"))::int AS outside,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND (
             a.stage::text = ANY (${stages}) OR a."interviewInvitedAt" IS NOT NULL OR a."interviewSlotId" IS NOT NULL OR ${offered}
             OR a.id IN (SELECT "targetId" FROM "AuditEvent"
                          WHERE "consortiumId" = ${consortiumId} AND action = 'application.stage' AND "targetId" IS NOT NULL
                            AND (data->>'to' = ANY (${stages}) OR data->>'from' = ANY (${stages})))))::int AS interviewed,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND ${offered})::int AS offered
      FROM "Application" a
     WHERE a."consortiumId" = ${consortiumId} AND ${campaigns}
     GROUP BY a."campaignId"`;
}
