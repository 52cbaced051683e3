import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { discloseReport } from "../disclosure/report";
import { loadCachedOutcomeReport } from "./cached-report";
import { findCohortByName } from "./report";

/**
 * The metrics of GET /api/c/{slug}/metrics: every cohort (or the one named `cohortName`) by name
 * with its counts, the selection's total and the member employers by year. Every outcome is
 * `{ count, known, share }`, share 0..1 to four decimals; without `exact`, counts of 1–4 people
 * are the string "<5", the counts they could be worked out from "hidden", and shares built on
 * either null (lib/disclosure). Unknown figures are null. An unknown cohort name is `cohortUnknown` (404).
 */
export async function loadMetricsJson(
  tx: Tx,
  consortium: { id: string; slug: string; name: string },
  options: { cohortName: string | null; exact: boolean; now?: Date },
) {
  let filter = {};
  if (options.cohortName !== null) {
    const cohort = await findCohortByName(tx, consortium.id, options.cohortName);
    if (!cohort) throw new AppError("cohortUnknown");
    filter = { cohortId: cohort.id };
  }
  const report = discloseReport(await loadCachedOutcomeReport(tx, consortium.id, filter), options.exact);
  return {
    consortium: { slug: consortium.slug, name: consortium.name },
    generatedAt: (options.now ?? new Date()).toISOString(),
    exact: report.exact,
    cohorts: report.cohorts.map((c) => ({
      name: c.name,
      startDate: c.startDate,
      endDate: c.endDate,
      imported: c.imported,
      funnel: c.funnel,
      heardFrom: c.heardFrom,
      who: c.who,
      outcomes: c.outcomes,
    })),
    total: report.total,
    members: {
      years: report.members.years,
      ...(report.exact ? { employers: report.members.employers.map((e) => ({ name: e.name, trainees: e.trainees })) } : {}),
      employerBands: report.members.bands,
    },
  };
}
