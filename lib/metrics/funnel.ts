import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { campaignCountsSql } from "./campaign-counts";
import { outcomeOf } from "./share";
import type { Funnel } from "./types";

interface FunnelRow {
  cohortId: string | null;
  applicants: number | null;
  places: number | null;
  outsideCount: number;
  outsideKnown: number;
  interviewed: number | null;
  offered: number | null;
  hired: number;
  ratio: number | null;
}

/**
 * A frozen campaign figure when there is one (kept at the first erasure, or imported), else the
 * live count; an imported cohort has no applications to count, so what its file did not give
 * stays unknown, and a cohort without a campaign knows nothing of its recruitment.
 */
const pick = (frozen: string, live: string) =>
  Prisma.raw(`CASE WHEN ca.id IS NULL THEN NULL ELSE COALESCE(ca."${frozen}", CASE WHEN s.imported THEN NULL ELSE COALESCE(${live}, 0) END) END`);

/** Campaigns with a figure left to count: once all four are frozen their applications need no reading. */
const LIVE = Prisma.sql`"applicantsTotal" IS NULL OR "applicantsOutside" IS NULL OR "interviewedTotal" IS NULL OR "offeredTotal" IS NULL`;

/**
 * The recruitment funnel of each cohort (by id) and of all of them together (key null), in one
 * query: per-cohort rows, then their null-aware sums. Applicants per place over the total uses
 * only the cohorts where both are known, so a cohort without figures does not skew it.
 */
export async function loadFunnels(tx: Tx, consortiumId: string, cohortIds: string[]): Promise<Map<string | null, Funnel>> {
  const ids = Prisma.join(cohortIds);
  const rows = await tx.$queryRaw<FunnelRow[]>`
    WITH sel AS (SELECT c.id, c.imported FROM "Cohort" c WHERE c."consortiumId" = ${consortiumId} AND c.id IN (${ids})),
    camp AS (SELECT ca.* FROM "Campaign" ca WHERE ca."consortiumId" = ${consortiumId} AND ca."cohortId" IN (${ids})),
    live AS MATERIALIZED (${campaignCountsSql(consortiumId, Prisma.sql`a."campaignId" IN (SELECT id FROM camp WHERE ${LIVE})`)}),
    published AS MATERIALIZED (SELECT po."campaignId", sum(po.places)::int AS places FROM "Posting" po
                   WHERE po."consortiumId" = ${consortiumId} AND po."publishedAt" IS NOT NULL AND po."campaignId" IN (SELECT id FROM camp)
                   GROUP BY po."campaignId"),
    hired AS MATERIALIZED (SELECT t."cohortId", count(*)::int AS hired FROM "Trainee" t
               WHERE t."consortiumId" = ${consortiumId} AND t."cohortId" IN (${ids}) GROUP BY t."cohortId"),
    raw AS (SELECT s.id AS "cohortId", ${pick("applicantsTotal", "l.total")} AS applicants, ${pick("placesTotal", "pl.places")} AS places,
                   ${pick("applicantsOutside", "l.outside")} AS outside, ${pick("interviewedTotal", "l.interviewed")} AS interviewed,
                   ${pick("offeredTotal", "l.offered")} AS offered, COALESCE(h.hired, 0) AS hired
              FROM sel s LEFT JOIN camp ca ON ca."cohortId" = s.id LEFT JOIN live l ON l."campaignId" = ca.id
                   LEFT JOIN published pl ON pl."campaignId" = ca.id LEFT JOIN hired h ON h."cohortId" = s.id),
    per AS (SELECT r.*, CASE WHEN r.outside IS NOT NULL AND r.applicants IS NOT NULL THEN r.outside ELSE 0 END AS "outsideCount",
                   CASE WHEN r.outside IS NOT NULL AND r.applicants IS NOT NULL THEN r.applicants ELSE 0 END AS "outsideKnown",
                   (r.applicants IS NOT NULL AND r.places > 0) AS rated
              FROM raw r)
    SELECT "cohortId", applicants, places, "outsideCount", "outsideKnown", interviewed, offered, hired,
           CASE WHEN rated THEN round(applicants::numeric / places, 2)::float8 END AS ratio
      FROM per
    UNION ALL
    SELECT NULL, sum(applicants)::int, sum(places)::int, sum("outsideCount")::int, sum("outsideKnown")::int,
           sum(interviewed)::int, sum(offered)::int, COALESCE(sum(hired), 0)::int,
           round(sum(applicants) FILTER (WHERE rated)::numeric / NULLIF(sum(places) FILTER (WHERE rated), 0), 2)::float8
      FROM per`;
  return new Map(
    rows.map((r) => [
      r.cohortId,
      {
        applicants: r.applicants,
        places: r.places,
        applicantsPerPlace: r.ratio,
        outsideRegion: outcomeOf(r.outsideCount, r.outsideKnown),
        interviewed: r.interviewed,
        offered: r.offered,
        hired: r.hired,
      },
    ]),
  );
}
