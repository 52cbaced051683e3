import type { Tx } from "../db/tenant";
import { selectCohorts } from "./cohorts";
import { loadFunnels } from "./funnel";
import { loadEmployerTrainees, loadMemberYears } from "./members";
import { loadOutcomes } from "./outcomes";
import { loadSplits } from "./who";
import type { CohortMetrics, OutcomeReport, ReportFilter } from "./types";

export { findCohortByName } from "./cohorts";

/**
 * The steering group's outcome report for one cohort or the cohorts starting in a range of years,
 * with exact figures (lib/disclosure decides what a reader without metrics.exact sees).
 * Every figure is counted in the database, a few aggregate queries per section, so the cost does
 * not grow with the number of people (docs/decisions/0019-outcome-metrics.md).
 */
export async function loadOutcomeReport(tx: Tx, consortiumId: string, filter: ReportFilter): Promise<OutcomeReport> {
  const { cohorts: selected, availableYears } = await selectCohorts(tx, consortiumId, filter);
  if (!selected.length) return emptyReport(availableYears);
  const ids = selected.map((c) => c.id);
  const fromYear = Math.min(...selected.map((c) => c.year));
  const toYear = Math.max(...selected.map((c) => Number(c.endDate.slice(0, 4))));
  // One connection per transaction: the queries run one after another whatever we do.
  const funnels = await loadFunnels(tx, consortiumId, ids);
  const splits = await loadSplits(tx, consortiumId, ids);
  const outcomes = await loadOutcomes(tx, consortiumId, ids);
  const years = await loadMemberYears(tx, consortiumId, fromYear, toYear);
  const employers = await loadEmployerTrainees(tx, consortiumId, ids);
  const part = (key: string | null) => ({
    funnel: funnels.get(key)!,
    heardFrom: splits.get(key)!.heardFrom,
    who: splits.get(key)!.who,
    outcomes: outcomes.get(key)!,
  });
  const cohorts: CohortMetrics[] = selected.map((c) => ({
    cohortId: c.id,
    name: c.name,
    startDate: c.startDate,
    endDate: c.endDate,
    year: c.year,
    status: c.status,
    imported: c.imported,
    ...part(c.id),
  }));
  return { cohorts, total: part(null), members: { years, employers }, availableYears };
}

function emptyReport(availableYears: number[]): OutcomeReport {
  const none = { count: 0, known: 0, share: null };
  return {
    cohorts: [],
    total: {
      funnel: { applicants: null, places: null, applicantsPerPlace: null, outsideRegion: none, interviewed: null, offered: null, hired: 0 },
      heardFrom: [],
      who: { gender: [], education: [], field: [], ties: [] },
      outcomes: { completed: none, droppedOut: none, offeredJob: none, acceptedOffer: none, inRegionEnd: none, inRegion1y: none, inRegion3y: none },
    },
    members: { years: [], employers: [] },
    availableYears,
  };
}
