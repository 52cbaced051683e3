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
 * Offers and the audit trail are each read once, as a set of application ids hash-joined to the
 * applications, rather than probed once per application (the audit trail has no index on its
 * target).
 */
export function campaignCountsSql(consortiumId: string, campaigns: Prisma.Sql): Prisma.Sql {
  const stages = Prisma.sql`ARRAY[${Prisma.join([...INTERVIEWED_STAGES])}]::text[]`;
  return Prisma.sql`
    SELECT a."campaignId",
           count(*) FILTER (WHERE a.stage <> 'DRAFT')::int AS total,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND NOT p."livesInRegion")::int AS outside,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND (
             a.stage::text = ANY (${stages}) OR a."interviewInvitedAt" IS NOT NULL OR a."interviewSlotId" IS NOT NULL
             OR o."applicationId" IS NOT NULL OR e."targetId" IS NOT NULL))::int AS interviewed,
           count(*) FILTER (WHERE a.stage <> 'DRAFT' AND o."applicationId" IS NOT NULL)::int AS offered
      FROM "Application" a
      JOIN "Applicant" p ON p.id = a."applicantId" AND p."consortiumId" = ${consortiumId}
      LEFT JOIN (SELECT DISTINCT "applicationId" FROM "Offer" WHERE "consortiumId" = ${consortiumId}) o ON o."applicationId" = a.id
      LEFT JOIN (SELECT DISTINCT "targetId" FROM "AuditEvent"
                  WHERE "consortiumId" = ${consortiumId} AND action = 'application.stage' AND "targetId" IS NOT NULL
                    AND (data->>'to' = ANY (${stages}) OR data->>'from' = ANY (${stages}))) e ON e."targetId" = a.id
     WHERE a."consortiumId" = ${consortiumId} AND ${campaigns}
     GROUP BY a."campaignId"`;
}
