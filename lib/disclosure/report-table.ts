import type { CohortMetrics, Outcome, OutcomeReport, Outcomes, Split } from "../metrics/types";
import { TableBuilder, isSmall, type Table } from "./engine";

// The outcome report as one table of cells for lib/disclosure/engine.ts: every count any view
// (dashboard, board report, CSV, metrics API, steering dashboard) shows for the selection, with
// every sum a reader could use against them — within a cohort, across the cohorts to the total,
// and the complements no view shows but anyone can work out (not offered = known − offered).

export const TOTAL = "total";
export const OTHER = "OTHER";
type Section = Omit<CohortMetrics, "cohortId" | "name" | "startDate" | "endDate" | "year" | "status" | "imported">;

/** The cell id of a figure: `<section>|<path>`; sections are cohort ids and "total". */
export const cellId = (section: string, path: string) => `${section}|${path}`;

/** Free-text categories (field) shown by name: five or more people, else merged into OTHER. */
export function fieldShownByName(key: string, count: number): boolean {
  return key === "UNKNOWN" || !(isSmall(count) || count === 0);
}

function addOutcome(b: TableBuilder, s: string, key: string, o: Outcome, of: string | null) {
  const yes = b.cell(cellId(s, `o.${key}.yes`), o.count);
  const known = b.cell(cellId(s, `o.${key}.known`), o.known, { keep: true });
  const no = b.cell(cellId(s, `o.${key}.no`), o.known - o.count, { shown: false });
  b.sum(known, [yes, no]);
  if (of) {
    // No answer is not protected (it says nothing of a person), but it bounds the known.
    const unknown = b.cell(cellId(s, `o.${key}.unknown`), b.cells.get(of)!.value - o.known, { shown: false, people: false });
    b.sum(of, [known, unknown]);
  }
  return { yes, known, no };
}

function addSplit(b: TableBuilder, s: string, dim: string, split: Split<string>, total: string | null, cover = false) {
  const parts = split.map(({ key, count }) => b.cell(cellId(s, `${dim}.${key}`), count));
  if (!total) return;
  if (cover) b.cover(total, parts);
  else b.sum(total, parts);
}

function addField(b: TableBuilder, s: string, split: Split<string>, hired: string) {
  const named: string[] = [];
  const merged: string[] = [];
  for (const { key, count } of split) {
    const shown = fieldShownByName(key, count);
    (shown ? named : merged).push(b.cell(cellId(s, `field.${key}`), count, { shown }));
  }
  if (merged.length) {
    const other = b.cell(cellId(s, `field.${OTHER}`), merged.reduce((n, id) => n + b.cells.get(id)!.value, 0));
    b.sum(other, merged);
    named.push(other);
  }
  b.sum(hired, named);
}

function addSection(b: TableBuilder, s: string, section: Section) {
  const f = section.funnel;
  const applicants = f.applicants === null ? null : b.cell(cellId(s, "f.applicants"), f.applicants, { keep: true });
  const hired = b.cell(cellId(s, "f.hired"), f.hired, { keep: true });
  if (f.interviewed !== null) b.cell(cellId(s, "f.interviewed"), f.interviewed);
  if (f.offered !== null) b.cell(cellId(s, "f.offered"), f.offered);
  b.cell(cellId(s, "f.places"), f.places ?? 0, { people: false, shown: f.places !== null });
  const outside = addOutcome(b, s, "outsideRegion", f.outsideRegion, applicants);
  if (applicants) b.sum(applicants, [outside.known]);
  if (applicants && section.heardFrom.length) addSplit(b, s, "heardFrom", section.heardFrom, applicants);
  addSplit(b, s, "gender", section.who.gender, hired);
  addSplit(b, s, "education", section.who.education, hired);
  addField(b, s, section.who.field, hired);
  addSplit(b, s, "ties", section.who.ties, hired, true);
  const o = section.outcomes;
  const outcomes = Object.fromEntries((Object.keys(o) as (keyof Outcomes)[]).map((key) => [key, addOutcome(b, s, key, o[key], hired)]));
  // A programme ends completed or dropped out; the rest are still in it.
  b.sum(outcomes.completed.known, [outcomes.droppedOut.known]);
  b.sum(outcomes.completed.known, [outcomes.completed.yes, outcomes.droppedOut.yes]);
  b.sum(hired, [outcomes.completed.known, b.cell(cellId(s, "o.active"), f.hired - o.completed.known, { shown: false })]);
}

/** Every cell path of a section, for the sums from the cohorts to the total. */
function pathsOf(b: TableBuilder, section: string): string[] {
  const prefix = `${section}|`;
  return [...b.cells.keys()].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
}

/** The selection as cells and sums: the total section, each cohort's, and total = Σ cohorts per figure. */
export function reportTable(report: OutcomeReport): Table {
  const b = new TableBuilder();
  addSection(b, TOTAL, report.total);
  for (const cohort of report.cohorts) addSection(b, cohort.cohortId, cohort);
  if (report.cohorts.length > 1) {
    for (const path of pathsOf(b, TOTAL)) {
      const parts = report.cohorts.map((c) => cellId(c.cohortId, path)).filter((id) => b.cells.has(id));
      if (parts.length) b.sum(cellId(TOTAL, path), parts);
    }
  }
  for (const y of report.members.years) b.cell(`members|${y.year}.trainees`, y.trainees);
  return b.build();
}
