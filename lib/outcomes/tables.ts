import { discloseReport, isWithheld } from "../disclosure/report";
import type { MaskedOutcomeReport, MaskedSection, MaskedSplit, OutcomeReport, Outcomes, Split } from "../metrics/types";
import { count, outcome, outcomeShare, ratio, splitShare, year, type Cell, type CellKind, type Label } from "./cells";

// Every table of the outcome dashboard, built from the report as the reader may see it
// (discloseReport: without metrics.exact "<5" for counts of 1–4 people and "hidden" for the counts
// they could be worked out from, shares and ratios on them hidden). The
// page and the board report render these; the CSV export writes the same rows, so a download never
// shows what the screen hides.

export const TABLE_KEYS = ["funnel", "heardFrom", "gender", "education", "field", "ties", "outcomes", "outcomeTrend", "members", "employers"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export function isTableKey(value: unknown): value is TableKey {
  return typeof value === "string" && (TABLE_KEYS as readonly string[]).includes(value);
}

export interface TableColumn {
  /** Message key under outcomes.columns. */
  key: string;
  kind: CellKind;
}

export interface TableRow {
  label: Label;
  /** The sum of the rows above (shown in bold, kept apart in charts). */
  total?: boolean;
  cells: Cell[];
}

export interface OutcomeTable {
  key: TableKey;
  /** Message key under outcomes.columns: the header of the row-label column. */
  rowHeader: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export const OUTCOME_KEYS = ["completed", "droppedOut", "offeredJob", "acceptedOffer", "inRegionEnd", "inRegion1y", "inRegion3y"] as const satisfies readonly (keyof Outcomes)[];
/** The outcomes followed across years (the others are read from the totals). */
export const TREND_OUTCOMES = ["completed", "offeredJob", "inRegionEnd", "inRegion1y", "inRegion3y"] as const satisfies readonly (keyof Outcomes)[];

const UNKNOWN: Label = { key: "outcomes.unknown" };

function splitLabel(namespace: string | null, key: string): Label {
  if (key === "UNKNOWN" || key === "") return UNKNOWN;
  if (key === "OTHER" && !namespace) return { key: "outcomes.otherField" };
  return namespace ? { key: `${namespace}.${key}` } : { text: key };
}

/**
 * A split as rows of count and share; `base` is the exact number of people the shares are of,
 * `baseShown` whether the reader sees it (or, with nothing withheld, can add it up).
 */
function splitRows(split: MaskedSplit<string>, base: number, namespace: string | null, baseShown: boolean): TableRow[] {
  const open = baseShown || !split.some((part) => isWithheld(part.count));
  return split.map((part) => ({ label: splitLabel(namespace, part.key), cells: [count(part.count), splitShare(part.count, base, open)] }));
}

const sum = (split: Split<string>) => split.reduce((total, part) => total + part.count, 0);

function funnelCells(section: MaskedSection, cohortYear: number | null): Cell[] {
  const f = section.funnel;
  // Without an applicant count the share from outside the region is not known, not zero.
  const outsideKnown = f.applicants !== null;
  return [
    year(cohortYear),
    count(f.applicants),
    count(f.places),
    ratio(f.applicantsPerPlace, f.applicants, f.places),
    count(outsideKnown ? f.outsideRegion.count : null),
    outsideKnown ? outcomeShare(f.outsideRegion) : { kind: "share", value: null, hidden: false },
    count(f.interviewed),
    count(f.offered),
    count(f.hired),
  ];
}

function funnelTable(report: MaskedOutcomeReport): OutcomeTable {
  const rows: TableRow[] = report.cohorts.map((c) => ({ label: { text: c.name }, cells: funnelCells(c, c.year) }));
  if (report.cohorts.length > 1) rows.push({ label: { key: "outcomes.allCohorts" }, total: true, cells: funnelCells(report.total, null) });
  const columns: TableColumn[] = [
    { key: "year", kind: "year" },
    { key: "applicants", kind: "count" },
    { key: "places", kind: "count" },
    { key: "applicantsPerPlace", kind: "ratio" },
    { key: "outsideRegion", kind: "count" },
    { key: "outsideRegionShare", kind: "share" },
    { key: "interviewed", kind: "count" },
    { key: "offered", kind: "count" },
    { key: "hired", kind: "count" },
  ];
  return { key: "funnel", rowHeader: "cohort", columns, rows };
}

function splitTable(key: TableKey, rowHeader: string, countKey: string, rows: TableRow[]): OutcomeTable {
  return { key, rowHeader, columns: [{ key: countKey, kind: "count" }, { key: "share", kind: "share" }], rows };
}

function outcomesTable(report: MaskedOutcomeReport): OutcomeTable {
  const o = report.total.outcomes;
  const rows: TableRow[] = OUTCOME_KEYS.map((key) => ({
    label: { key: `outcomes.outcome.${key}` },
    cells: [count(o[key].count), count(o[key].known), outcomeShare(o[key])],
  }));
  const columns: TableColumn[] = [
    { key: "yes", kind: "count" },
    { key: "known", kind: "count" },
    { key: "share", kind: "share" },
  ];
  return { key: "outcomes", rowHeader: "outcome", columns, rows };
}

function outcomeTrendTable(report: MaskedOutcomeReport): OutcomeTable {
  const columns: TableColumn[] = [
    { key: "year", kind: "year" },
    { key: "hired", kind: "count" },
    ...TREND_OUTCOMES.map((key): TableColumn => ({ key, kind: "outcome" })),
  ];
  const rows = report.cohorts.map((c) => ({
    label: { text: c.name },
    cells: [year(c.year), count(c.funnel.hired), ...TREND_OUTCOMES.map((key) => outcome(c.outcomes[key]))],
  }));
  return { key: "outcomeTrend", rowHeader: "cohort", columns, rows };
}

function membersTable(report: MaskedOutcomeReport): OutcomeTable {
  const columns: TableColumn[] = [
    { key: "employersTotal", kind: "count" },
    { key: "employersActive", kind: "count" },
    { key: "hosts", kind: "count" },
    { key: "traineesHosted", kind: "count" },
    { key: "traineesPerEmployer", kind: "ratio" },
  ];
  const rows = report.members.years.map((y) => ({
    label: { text: String(y.year) },
    cells: [count(y.total), count(y.active), count(y.hosts), count(y.trainees), ratio(y.traineesPerEmployer, y.trainees, y.hosts)],
  }));
  return { key: "members", rowHeader: "calendarYear", columns, rows };
}

/** Trainees per employer by name for exact readers; for the others, how many employers host how many. */
function employersTable(report: MaskedOutcomeReport): OutcomeTable {
  if (!report.exact) {
    const rows = report.members.bands.map((b) => ({ label: { key: `outcomes.bands.${b.band}` }, cells: [count(b.employers)] }));
    return { key: "employers", rowHeader: "traineesHostedBand", columns: [{ key: "employers", kind: "count" }], rows };
  }
  const rows = report.members.employers.map((e) => ({ label: { text: e.name }, cells: [count(e.trainees)] }));
  return { key: "employers", rowHeader: "employer", columns: [{ key: "trainees", kind: "count" }], rows };
}

export type OutcomeTables = Record<TableKey, OutcomeTable>;

/**
 * All tables of a report as the reader may see them: exact figures with metrics.exact, else
 * disclosed (lib/disclosure). Split shares are taken of head counts (a trainee may have several
 * ties, so the base is the number of people, not the sum of the ties): the hired, or for where
 * applicants heard of the programme, the applicants when the answers add up to them.
 */
export function buildOutcomeTables(report: OutcomeReport, exact: boolean): OutcomeTables {
  return tablesOf(report, discloseReport(report, exact));
}

/** The tables of a report already disclosed (the board report reuses its disclosure for the previous year). */
export function tablesOf(report: OutcomeReport, masked: MaskedOutcomeReport): OutcomeTables {
  const who = masked.total.who;
  const people = sum(report.total.who.gender);
  const applicants = sum(report.total.heardFrom);
  const hiredShown = typeof masked.total.funnel.hired === "number";
  const applicantsShown = applicants === report.total.funnel.applicants && typeof masked.total.funnel.applicants === "number";
  return {
    funnel: funnelTable(masked),
    heardFrom: splitTable("heardFrom", "channel", "applicants", splitRows(masked.total.heardFrom, applicants, "options.heardFrom", applicantsShown)),
    gender: splitTable("gender", "gender", "trainees", splitRows(who.gender, people, "options.gender", hiredShown)),
    education: splitTable("education", "education", "trainees", splitRows(who.education, people, "options.educationLevel", hiredShown)),
    field: splitTable("field", "field", "trainees", splitRows(who.field, people, null, hiredShown)),
    ties: splitTable("ties", "ties", "trainees", splitRows(who.ties, people, "options.tie", hiredShown)),
    outcomes: outcomesTable(masked),
    outcomeTrend: outcomeTrendTable(masked),
    members: membersTable(masked),
    employers: employersTable(masked),
  };
}

/** A table has something to show when at least one of its counts is not zero or unknown. */
export function hasData(table: OutcomeTable): boolean {
  return table.rows.some((row) =>
    row.cells.some((cell) => (cell.kind === "count" && cell.value !== null && cell.value !== 0) || (cell.kind === "outcome" && cell.known !== 0)),
  );
}
