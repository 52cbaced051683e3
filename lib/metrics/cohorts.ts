import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import type { CohortHead, ReportFilter } from "./types";

/** A cohort the report covers, as the database gives it (dates already YYYY-MM-DD). */
export interface SelectedCohort extends CohortHead {
  id: string;
}

/** The cohort named `name` in the consortium (names are unique there), or null. */
export async function findCohortByName(tx: Tx, consortiumId: string, name: string): Promise<{ id: string; name: string } | null> {
  return tx.cohort.findFirst({ where: { consortiumId, name }, select: { id: true, name: true } });
}

function filterSql(filter: ReportFilter): Prisma.Sql {
  if ("cohortId" in filter) return Prisma.sql`c.id = ${filter.cohortId}`;
  const from = filter.fromYear ?? null;
  const to = filter.toYear ?? null;
  return Prisma.sql`(${from}::int IS NULL OR extract(year FROM c."startDate") >= ${from}::int)
                AND (${to}::int IS NULL OR extract(year FROM c."startDate") <= ${to}::int)`;
}

/**
 * The cohorts a report covers, oldest first (the x axis of trends), and every year in which one of
 * the consortium's cohorts started (the year filter's choices), in one query.
 */
export async function selectCohorts(tx: Tx, consortiumId: string, filter: ReportFilter): Promise<{ cohorts: SelectedCohort[]; availableYears: number[] }> {
  const rows = await tx.$queryRaw<(SelectedCohort & { selected: boolean })[]>`
    SELECT c.id, c.name, to_char(c."startDate", 'YYYY-MM-DD') AS "startDate", to_char(c."endDate", 'YYYY-MM-DD') AS "endDate",
           extract(year FROM c."startDate")::int AS year, c.status, c.imported, (${filterSql(filter)}) AS selected
      FROM "Cohort" c
     WHERE c."consortiumId" = ${consortiumId}
     ORDER BY c."startDate", c.name`;
  const availableYears = [...new Set(rows.map((r) => r.year))];
  const cohorts = rows.filter((r) => r.selected).map(({ selected: _selected, ...cohort }) => cohort);
  return { cohorts, availableYears };
}
