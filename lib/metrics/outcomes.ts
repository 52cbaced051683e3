import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { outcomeOf } from "./share";
import type { Outcomes } from "./types";

interface OutcomeRow {
  cohortId: string | null;
  ended: number;
  completed: number;
  droppedOut: number;
  offeredYes: number;
  offeredKnown: number;
  acceptedYes: number;
  acceptedKnown: number;
  endYes: number;
  endKnown: number;
  y1Yes: number;
  y1Known: number;
  y3Yes: number;
  y3Known: number;
}

/**
 * What became of the trainees of each cohort (by id) and of all of them together (key null), in
 * one query (ROLLUP). Each share is of those whose answer is known: completion among trainees
 * whose programme has ended, a job offer and its acceptance among YES|NO answers. Living in the
 * region at the end is the end survey's answer, else — once the trainee's programme has ended —
 * the municipality the coordinator recorded (one of the consortium's municipalities counts as in
 * the region; where a trainee still in the programme lives is not an outcome); after one and three years,
 * only the survey of that wave knows.
 */
export async function loadOutcomes(tx: Tx, consortiumId: string, cohortIds: string[]): Promise<Map<string | null, Outcomes>> {
  const rows = await tx.$queryRaw<OutcomeRow[]>`
    WITH t AS (
      SELECT t."cohortId", t.status, t."offeredJob", t."acceptedOffer",
             CASE WHEN fe."livesInRegion" IN ('YES', 'NO') THEN fe."livesInRegion" = 'YES'
                  WHEN t.status = 'ACTIVE' OR NULLIF(btrim(t."residenceMunicipality"), '') IS NULL THEN NULL
                  ELSE t."residenceMunicipality" = ANY(k.municipalities) END AS "inRegionEnd",
             f1."livesInRegion" AS y1, f3."livesInRegion" AS y3
        FROM "Trainee" t
        CROSS JOIN (SELECT municipalities FROM "Consortium" WHERE id = ${consortiumId}) k
        LEFT JOIN "FollowUp" fe ON fe."traineeId" = t.id AND fe."consortiumId" = ${consortiumId} AND fe.wave = 'END'
        LEFT JOIN "FollowUp" f1 ON f1."traineeId" = t.id AND f1."consortiumId" = ${consortiumId} AND f1.wave = 'YEAR_1'
        LEFT JOIN "FollowUp" f3 ON f3."traineeId" = t.id AND f3."consortiumId" = ${consortiumId} AND f3.wave = 'YEAR_3'
       WHERE t."consortiumId" = ${consortiumId} AND t."cohortId" IN (${Prisma.join(cohortIds)}))
    SELECT "cohortId",
           count(*) FILTER (WHERE status <> 'ACTIVE')::int AS ended,
           count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
           count(*) FILTER (WHERE status = 'DROPPED_OUT')::int AS "droppedOut",
           count(*) FILTER (WHERE "offeredJob" = 'YES')::int AS "offeredYes",
           count(*) FILTER (WHERE "offeredJob" <> 'UNKNOWN')::int AS "offeredKnown",
           count(*) FILTER (WHERE "acceptedOffer" = 'YES')::int AS "acceptedYes",
           count(*) FILTER (WHERE "acceptedOffer" <> 'UNKNOWN')::int AS "acceptedKnown",
           count(*) FILTER (WHERE "inRegionEnd")::int AS "endYes",
           count("inRegionEnd")::int AS "endKnown",
           count(*) FILTER (WHERE y1 = 'YES')::int AS "y1Yes",
           count(*) FILTER (WHERE y1 <> 'UNKNOWN')::int AS "y1Known",
           count(*) FILTER (WHERE y3 = 'YES')::int AS "y3Yes",
           count(*) FILTER (WHERE y3 <> 'UNKNOWN')::int AS "y3Known"
      FROM t
     GROUP BY ROLLUP ("cohortId")`;
  const outcomes = new Map<string | null, Outcomes>([[null, outcomesOf(null)], ...cohortIds.map((id) => [id, outcomesOf(null)] as const)]);
  for (const row of rows) outcomes.set(row.cohortId, outcomesOf(row));
  return outcomes;
}

/** A cohort without trainees has every outcome at 0 of 0. */
function outcomesOf(r: OutcomeRow | null): Outcomes {
  return {
    completed: outcomeOf(r?.completed ?? 0, r?.ended ?? 0),
    droppedOut: outcomeOf(r?.droppedOut ?? 0, r?.ended ?? 0),
    offeredJob: outcomeOf(r?.offeredYes ?? 0, r?.offeredKnown ?? 0),
    acceptedOffer: outcomeOf(r?.acceptedYes ?? 0, r?.acceptedKnown ?? 0),
    inRegionEnd: outcomeOf(r?.endYes ?? 0, r?.endKnown ?? 0),
    inRegion1y: outcomeOf(r?.y1Yes ?? 0, r?.y1Known ?? 0),
    inRegion3y: outcomeOf(r?.y3Yes ?? 0, r?.y3Known ?? 0),
  };
}
