import { Prisma } from "../db/generated/client";
import type { HeardFrom } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import type { Split, Who } from "./types";

type Dimension = "gender" | "education" | "field" | "ties" | "heardFrom";

export interface Splits {
  who: Who;
  heardFrom: Split<HeardFrom | "UNKNOWN">;
}

const emptySplits = (): Splits => ({ who: { gender: [], education: [], field: [], ties: [] }, heardFrom: [] });

/**
 * Who the trainees of each cohort (by id) and of all of them together (key null) are, and where
 * the cohort's applicants heard of the programme, in one query grouped by cohort and by the
 * whole selection (GROUPING SETS). What was not said counts as UNKNOWN; a trainee with several
 * ties to the region counts under each. Where applicants heard from is known only while the
 * campaign's applications are there to count: not once its figures are frozen (erasure) and
 * never for imported history.
 */
export async function loadSplits(tx: Tx, consortiumId: string, cohortIds: string[]): Promise<Map<string | null, Splits>> {
  const ids = Prisma.join(cohortIds);
  const rows = await tx.$queryRaw<{ cohortId: string | null; dim: Dimension; key: string; count: number }[]>`
    WITH t AS (SELECT t."cohortId", t.gender::text AS gender, COALESCE(t."educationLevel"::text, 'UNKNOWN') AS education,
                      COALESCE(NULLIF(btrim(t.field), ''), 'UNKNOWN') AS field,
                      CASE WHEN COALESCE(cardinality(t.ties), 0) = 0 THEN ARRAY['UNKNOWN'] ELSE t.ties::text[] END AS ties
                 FROM "Trainee" t WHERE t."consortiumId" = ${consortiumId} AND t."cohortId" IN (${ids})),
    camp AS MATERIALIZED (SELECT ca.id, ca."cohortId" FROM "Campaign" ca
                            JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = ${consortiumId}
                           WHERE ca."consortiumId" = ${consortiumId} AND ca."cohortId" IN (${ids}) AND ca."applicantsTotal" IS NULL AND NOT co.imported),
    applicant AS MATERIALIZED (SELECT id, "heardFrom" FROM "Applicant" WHERE "consortiumId" = ${consortiumId}),
    facts AS (SELECT "cohortId", 'gender' AS dim, gender AS key FROM t
              UNION ALL SELECT "cohortId", 'education', education FROM t
              UNION ALL SELECT "cohortId", 'field', field FROM t
              UNION ALL SELECT "cohortId", 'ties', tie FROM t CROSS JOIN LATERAL unnest(t.ties) AS tie
              UNION ALL
              SELECT ca."cohortId", 'heardFrom', COALESCE(p."heardFrom"::text, 'UNKNOWN')
                FROM "Application" a JOIN camp ca ON ca.id = a."campaignId" JOIN applicant p ON p.id = a."applicantId"
               WHERE a."consortiumId" = ${consortiumId} AND a.stage <> 'DRAFT')
    SELECT "cohortId", dim, key, count(*)::int AS count
      FROM facts
     GROUP BY GROUPING SETS (("cohortId", dim, key), (dim, key))
     ORDER BY count DESC, key`;
  const splits = new Map<string | null, Splits>([[null, emptySplits()], ...cohortIds.map((id) => [id, emptySplits()] as const)]);
  for (const { cohortId, dim, key, count } of rows) {
    const target = splits.get(cohortId)!;
    const list = (dim === "heardFrom" ? target.heardFrom : target.who[dim]) as { key: string; count: number }[];
    list.push({ key, count });
  }
  return splits;
}
