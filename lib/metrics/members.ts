import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import type { EmployerTrainees, MemberYear } from "./types";

/**
 * Member employers in each calendar year from `fromYear` to `toYear`, in one query. A year's
 * members are the employers whose membership overlaps it; the active ones among them hosted a
 * trainee (a placement overlapping the year) or published a posting in it (in the consortium's
 * time zone; instants are stored as UTC without a zone). Trainees per employer: the distinct
 * trainees hosted that year ÷ the employers who hosted one, so a trainee rotating through two
 * employers counts once but makes both hosts.
 */
export async function loadMemberYears(tx: Tx, consortiumId: string, fromYear: number, toYear: number): Promise<MemberYear[]> {
  return tx.$queryRaw<MemberYear[]>`
    WITH years AS (SELECT y::int AS year, make_date(y::int, 1, 1) AS first, make_date(y::int, 12, 31) AS last
                     FROM generate_series(${fromYear}::int, ${toYear}::int) AS y),
    members AS (SELECT y.year, e.id AS "employerId" FROM years y
                  JOIN "Employer" e ON e."consortiumId" = ${consortiumId} AND e."memberSince" <= y.last
                                   AND (e."memberUntil" IS NULL OR e."memberUntil" >= y.first)),
    hosted AS (SELECT y.year, p."employerId", p."traineeId" FROM years y
                 JOIN "Placement" p ON p."consortiumId" = ${consortiumId} AND p."startDate" <= y.last AND p."endDate" >= y.first),
    published AS (SELECT extract(year FROM (po."publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE k."timeZone")::int AS year, po."employerId"
                    FROM "Posting" po CROSS JOIN (SELECT "timeZone" FROM "Consortium" WHERE id = ${consortiumId}) k
                   WHERE po."consortiumId" = ${consortiumId} AND po."publishedAt" IS NOT NULL),
    active AS (SELECT year, "employerId" FROM hosted UNION SELECT year, "employerId" FROM published),
    counted AS (SELECT m.year, count(*)::int AS total, count(a."employerId")::int AS active
                  FROM members m LEFT JOIN active a ON a.year = m.year AND a."employerId" = m."employerId" GROUP BY m.year),
    hosts AS (SELECT year, count(DISTINCT "traineeId")::int AS trainees, count(DISTINCT "employerId")::int AS hosts FROM hosted GROUP BY year)
    SELECT y.year, COALESCE(c.total, 0) AS total, COALESCE(c.active, 0) AS active, COALESCE(h.trainees, 0) AS trainees,
           COALESCE(h.hosts, 0) AS hosts, round(h.trainees::numeric / NULLIF(h.hosts, 0), 2)::float8 AS "traineesPerEmployer"
      FROM years y LEFT JOIN counted c ON c.year = y.year LEFT JOIN hosts h ON h.year = y.year
     ORDER BY y.year`;
}

/** How many of the selected cohorts' trainees each employer hosted (at any time), most first. */
export async function loadEmployerTrainees(tx: Tx, consortiumId: string, cohortIds: string[]): Promise<EmployerTrainees[]> {
  return tx.$queryRaw<EmployerTrainees[]>`
    SELECT e.id AS "employerId", e.name, count(DISTINCT p."traineeId")::int AS trainees
      FROM "Placement" p
      JOIN "Trainee" t ON t.id = p."traineeId" AND t."consortiumId" = ${consortiumId}
      JOIN "Employer" e ON e.id = p."employerId" AND e."consortiumId" = ${consortiumId}
     WHERE p."consortiumId" = ${consortiumId} AND t."cohortId" IN (${Prisma.join(cohortIds)})
     GROUP BY e.id, e.name
     ORDER BY trainees DESC, e.name`;
}
