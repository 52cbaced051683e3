import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { loadCachedOutcomeReport } from "../metrics/cached-report";
import type { OutcomeReport, ReportFilter } from "../metrics/types";
import { isCohortFilter } from "./filter";

export interface CohortChoice {
  id: string;
  name: string;
  year: number;
}

/** Every cohort of the consortium, newest first: the choices of the dashboard's cohort filter. */
export async function listReportCohorts(tx: Tx, consortiumId: string): Promise<CohortChoice[]> {
  const rows = await tx.cohort.findMany({
    where: { consortiumId },
    select: { id: true, name: true, startDate: true },
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
  });
  return rows.map((c) => ({ id: c.id, name: c.name, year: c.startDate.getUTCFullYear() }));
}

export interface OutcomeView {
  report: OutcomeReport;
  cohorts: CohortChoice[];
  /** The cohort filtered on, when one is. */
  cohort: CohortChoice | null;
}

/**
 * The report behind the dashboard, the board report and the CSV exports, with the cohort list
 * for the filter. A cohort id that is not one of this consortium's is `cohortUnknown` (a 404),
 * never an empty report that would look like a real one.
 */
export async function loadOutcomeView(tx: Tx, consortiumId: string, filter: ReportFilter): Promise<OutcomeView> {
  const cohorts = await listReportCohorts(tx, consortiumId);
  const cohort = isCohortFilter(filter) ? (cohorts.find((c) => c.id === filter.cohortId) ?? null) : null;
  if (isCohortFilter(filter) && !cohort) throw new AppError("cohortUnknown");
  const report = await loadCachedOutcomeReport(tx, consortiumId, filter);
  return { report, cohorts, cohort };
}
