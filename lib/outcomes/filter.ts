import type { ReportFilter } from "../metrics/types";

// The outcome dashboard, the board report and the CSV exports share one filter, read from the
// query string of a plain GET form: `?cohort=<id>` for one cohort, or `?from=YYYY&to=YYYY` for
// the cohorts that started in a range of years (either end may be left open).

export type OutcomeQuery = Record<string, string | string[] | undefined>;

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function single(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() ? text.trim() : undefined;
}

function year(value: string | string[] | undefined): number | undefined {
  const text = single(value);
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const parsed = Number(text);
  return parsed >= FIRST_YEAR && parsed <= LAST_YEAR ? parsed : undefined;
}

/**
 * The filter a query asks for. A cohort wins over years (the form offers both); years given the
 * wrong way round are swapped rather than refused, since a select cannot prevent it. Anything
 * unreadable is ignored, so a hand-edited link shows all years instead of an error page.
 */
export function parseOutcomeFilter(query: OutcomeQuery): ReportFilter {
  const cohortId = single(query.cohort);
  if (cohortId && cohortId.length <= 64) return { cohortId };
  let fromYear = year(query.from);
  let toYear = year(query.to);
  if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  return { ...(fromYear !== undefined ? { fromYear } : {}), ...(toYear !== undefined ? { toYear } : {}) };
}

/** The filter as query parameters, for links that keep it (CSV downloads, the board report). */
export function filterParams(filter: ReportFilter): Record<string, string> {
  if ("cohortId" in filter) return { cohort: filter.cohortId };
  const params: Record<string, string> = {};
  if (filter.fromYear !== undefined) params.from = String(filter.fromYear);
  if (filter.toYear !== undefined) params.to = String(filter.toYear);
  return params;
}

/** A URL path with the filter (and any extra parameters) as its query string. */
export function withFilter(path: string, filter: ReportFilter, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...extra, ...filterParams(filter) }).toString();
  return query ? `${path}?${query}` : path;
}

export function isCohortFilter(filter: ReportFilter): filter is { cohortId: string } {
  return "cohortId" in filter;
}
