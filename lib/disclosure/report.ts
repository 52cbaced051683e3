import type {
  CohortMetrics,
  EmployerBand,
  EmployerTrainees,
  Figure,
  MaskedOutcome,
  MaskedOutcomeReport,
  MaskedSection,
  MaskedSplit,
  OutcomeReport,
  Outcomes,
  Split,
} from "../metrics/types";
import { suppress, type CellStatus } from "./engine";
import { OTHER, TOTAL, cellId, fieldShownByName, reportTable } from "./report-table";

// What a reader of the outcome report may see (docs/decisions/0032-disclosure-control.md). The one
// place that decides it: the outcome dashboard, the board report, the CSV and .xlsx exports, the
// metrics API and the steering dashboard all read the report through `discloseReport`, so no view
// shows a figure another hides, and none can be combined with another to undo a hidden one.

export const SMALL: Figure = "<5";
export const HIDDEN: Figure = "hidden";

/** Whether a figure is withheld ("<5" or "hidden") rather than shown or unknown. */
export const isWithheld = (value: Figure | null): boolean => value === SMALL || value === HIDDEN;

type Look = (section: string, path: string, value: number) => Figure;

function maskOutcome(look: Look, s: string, key: string, o: { count: number; known: number; share: number | null }): MaskedOutcome {
  const count = look(s, `o.${key}.yes`, o.count);
  const known = look(s, `o.${key}.known`, o.known);
  return { count, known, share: typeof count === "number" && typeof known === "number" ? o.share : null };
}

function maskSplit<K extends string>(look: Look, s: string, dim: string, split: Split<K>): MaskedSplit<K> {
  return split.map(({ key, count }) => ({ key, count: look(s, `${dim}.${key}`, count) }));
}

/** Field of study: categories of five or more by name, the rest together as OTHER (before UNKNOWN). */
function maskField(look: Look, s: string, split: Split<string>): MaskedSplit<string> {
  const named = split.filter((p) => fieldShownByName(p.key, p.count));
  const merged = split.filter((p) => !fieldShownByName(p.key, p.count));
  const shown: MaskedSplit<string> = named.filter((p) => p.key !== "UNKNOWN").map((p) => ({ key: p.key, count: look(s, `field.${p.key}`, p.count) }));
  if (merged.length) shown.push({ key: OTHER, count: look(s, `field.${OTHER}`, merged.reduce((n, p) => n + p.count, 0)) });
  return [...shown, ...named.filter((p) => p.key === "UNKNOWN").map((p) => ({ key: p.key, count: look(s, `field.${p.key}`, p.count) }))];
}

function maskSection(look: Look, s: string, section: OutcomeReport["total"], ratioHidden: boolean, exact: boolean): MaskedSection {
  const f = section.funnel;
  const applicants = f.applicants === null ? null : look(s, "f.applicants", f.applicants);
  const o = section.outcomes;
  return {
    funnel: {
      applicants,
      places: f.places,
      // Places are exact, so applicants per place would give the applicants back.
      applicantsPerPlace: ratioHidden || isWithheld(applicants) ? null : f.applicantsPerPlace,
      outsideRegion: maskOutcome(look, s, "outsideRegion", f.outsideRegion),
      interviewed: f.interviewed === null ? null : look(s, "f.interviewed", f.interviewed),
      offered: f.offered === null ? null : look(s, "f.offered", f.offered),
      hired: look(s, "f.hired", f.hired),
    },
    heardFrom: maskSplit(look, s, "heardFrom", section.heardFrom),
    who: {
      gender: maskSplit(look, s, "gender", section.who.gender),
      education: maskSplit(look, s, "education", section.who.education),
      field: exact ? section.who.field : maskField(look, s, section.who.field),
      ties: maskSplit(look, s, "ties", section.who.ties),
    },
    outcomes: Object.fromEntries((Object.keys(o) as (keyof Outcomes)[]).map((key) => [key, maskOutcome(look, s, key, o[key])])) as MaskedSection["outcomes"],
  };
}

const BANDS = [
  { band: "1", min: 1, max: 1 },
  { band: "2-4", min: 2, max: 4 },
  { band: "5-9", min: 5, max: 9 },
  { band: "10+", min: 10, max: Infinity },
];

/** How many employers hosted 1, 2–4, 5–9 or 10+ trainees: the spread, without a count of people. */
export function employerBands(employers: EmployerTrainees[]): EmployerBand[] {
  return BANDS.map(({ band, min, max }) => ({ band, employers: employers.filter((e) => e.trainees >= min && e.trainees <= max).length }));
}

const exactLook: Look = (_s, _p, value) => value;

/**
 * Suppression per report object: the cached report (lib/metrics/cached-report.ts) is one object
 * for its 30 seconds, so the dashboard, the API and the exports of that selection share one run.
 */
const statusOf = new WeakMap<OutcomeReport, ReturnType<typeof suppress>>();

/** The look-up of a reader without exact figures: each cell as the suppression left it. */
function maskedLook(report: OutcomeReport): Look {
  const status = statusOf.get(report) ?? suppress(reportTable(report));
  statusOf.set(report, status);
  const shown = (st: CellStatus | undefined, value: number): Figure => (st === "small" ? SMALL : st === "hidden" || st === "implicit" ? HIDDEN : value);
  return (s, path, value) => shown(status.get(cellId(s, path)), value);
}

/**
 * The report as a reader sees it: unchanged with `exact` (metrics.exact); otherwise counts of 1–4
 * people "<5", the counts they could be worked out from "hidden", free text under five merged, and
 * every share or ratio built on a withheld count null.
 */
export function discloseReport(report: OutcomeReport, exact: boolean): MaskedOutcomeReport {
  const look = exact ? exactLook : maskedLook(report);
  const cohortMasked = (c: CohortMetrics) => ({ ...c, ...maskSection(look, c.cohortId, c, false, exact) });
  const cohorts = report.cohorts.map(cohortMasked);
  // The total's ratio sums only cohorts where both figures are known; one withheld cohort would let it give that cohort back.
  const anyWithheld = cohorts.some((c) => isWithheld(c.funnel.applicants));
  return {
    exact,
    cohorts,
    total: maskSection(look, TOTAL, report.total, anyWithheld, exact),
    members: {
      years: report.members.years.map((y) => {
        const trainees = look("members", `${y.year}.trainees`, y.trainees);
        return { ...y, trainees, traineesPerEmployer: isWithheld(trainees) ? null : y.traineesPerEmployer };
      }),
      employers: exact ? report.members.employers : [],
      bands: employerBands(report.members.employers),
    },
    availableYears: report.availableYears,
  };
}
