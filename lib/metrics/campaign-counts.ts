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
 * The offer and audit look-ups are uncorrelated `IN (…)` sets, so PostgreSQL builds each once
 * (a hashed subplan) instead of probing once per application; the audit trail has no index on
 * its target.
 */
export function campaignCountsSql(consortiumId: string, campaigns: Prisma.Sql): Prisma.Sql {
  const stages = Prisma.join([...INTERVIEWED_STAGES]);
  const offered = Prisma.sql`a.id IN (SELECT o."applicationId" FROM "Offer" o WHERE o."consortiumId" = ${consortiumId})`;
  return Prisma.sql`
    SELECT a."campaignId",
           count(*) FILTER (WHERE a.stage <> 'DRAFT')::int AS total,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND NOT p."livesInRegion")::int AS outside,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND (
             a.stage::text IN (${stages}) OR a."interviewInvitedAt" IS NOT NULL OR a."interviewSlotId" IS NOT NULL OR ${offered}
             OR a.id IN (SELECT e."targetId" FROM "AuditEvent" e
                          WHERE e."consortiumId" = ${consortiumId} AND e.action = 'application.stage' AND e."targetId" IS NOT NULL
                            AND (e.data->>'to' IN (${stages}) OR e.data->>'from' IN (${stages})))))::int AS interviewed,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND ${offered})::int AS offered
      FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" AND p."consortiumId" = ${consortiumId}
     WHERE a."consortiumId" = ${consortiumId} AND ${campaigns}
     GROUP BY a."campaignId"`;
}
