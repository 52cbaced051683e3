import type { ReportFilter } from "../metrics/types";
import type { CohortChoice } from "./service";

/**
 * The period before a report's, for the key figures' "previous year": the cohort that started
 * before the chosen one; for a range of years the same number of years just before it; nothing
 * for all cohorts (there is no before). `label` names it for the reader.
 */
export function previousPeriod(filter: ReportFilter, cohorts: CohortChoice[]): { filter: ReportFilter; label: string } | null {
  if ("cohortId" in filter) {
    const oldestFirst = [...cohorts].sort((a, b) => a.year - b.year);
    const index = oldestFirst.findIndex((c) => c.id === filter.cohortId);
    const before = index > 0 ? oldestFirst[index - 1] : null;
    return before ? { filter: { cohortId: before.id }, label: before.name } : null;
  }
  const { fromYear, toYear } = filter;
  if (fromYear === undefined || toYear === undefined) return null;
  const span = toYear - fromYear + 1;
  const from = fromYear - span;
  const to = toYear - span;
  return { filter: { fromYear: from, toYear: to }, label: from === to ? String(from) : `${from}–${to}` };
}
