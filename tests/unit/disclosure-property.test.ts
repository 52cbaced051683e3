import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseReport, isWithheld } from "@/lib/disclosure/report";
import type { Figure, MaskedSection, OutcomeReport } from "@/lib/metrics/types";
import { translatorFor } from "@/lib/i18n/messages";
import { tableToCsv } from "@/lib/outcomes/format";
import { tablesOf } from "@/lib/outcomes/tables";
import { cohortsArb, reportOf } from "../support/generated-report";

// For random cohorts: no withheld count ("<5" or hidden) can be worked out as a total minus the
// shown cells, in any sum a reader has — within a cohort, from the cohorts to the total, and
// through the complements no view shows (not offered = known − offered). The relations are written
// out here from the report's meaning, not taken from lib/disclosure, so the test checks the module
// rather than restating it.

const t = translatorFor("en", "");
export const RUNS = Number(process.env.DISCLOSURE_RUNS ?? 2000);

/** One relation total = Σ parts: each side a value with whether the reader sees it. */
type Member = { value: number; shown: boolean; withheld: boolean; small: boolean };
const shown = (value: number, figure: Figure | null): Member => ({ value, shown: typeof figure === "number", withheld: isWithheld(figure), small: value > 0 && value < 5 });
/** A figure no view shows (a complement): never visible, protected when it is 1–4 people. */
const unseen = (value: number): Member => ({ value, shown: false, withheld: false, small: value > 0 && value < 5 });

/** The one cell a relation gives away, if exactly one is not visible and it is withheld or small. */
function leak(total: Member, parts: Member[]): Member | null {
  const all = [total, ...parts];
  if (parts.reduce((s, p) => s + p.value, 0) !== total.value) return null;
  const hidden = all.filter((m) => !m.shown);
  return hidden.length === 1 && (hidden[0].withheld || hidden[0].small) ? hidden[0] : null;
}

type Relation = { name: string; total: Member; parts: Member[] };

function sectionRelations(name: string, exact: OutcomeReport["total"], masked: MaskedSection): Relation[] {
  const out: Relation[] = [];
  const hired = shown(exact.funnel.hired, masked.funnel.hired);
  const splitOf = (dim: "gender" | "education" | "field") => masked.who[dim].map((p) => shown(exactCount(exact, dim, p.key), p.count));
  for (const dim of ["gender", "education", "field"] as const) out.push({ name: `${name} hired = Σ ${dim}`, total: hired, parts: splitOf(dim) });
  if (exact.funnel.applicants !== null && masked.funnel.applicants !== null && exact.heardFrom.length) {
    out.push({ name: `${name} applicants = Σ heardFrom`, total: shown(exact.funnel.applicants, masked.funnel.applicants), parts: masked.heardFrom.map((p) => shown(exact.heardFrom.find((e) => e.key === p.key)!.count, p.count)) });
  }
  const o = exact.outcomes;
  const m = masked.outcomes;
  out.push({ name: `${name} ended = completed + dropped`, total: shown(o.completed.known, m.completed.known), parts: [shown(o.completed.count, m.completed.count), shown(o.droppedOut.count, m.droppedOut.count)] });
  out.push({ name: `${name} hired = ended + active`, total: hired, parts: [shown(o.completed.known, m.completed.known), unseen(exact.funnel.hired - o.completed.known)] });
  const binaries = { ...o, outsideRegion: exact.funnel.outsideRegion };
  const maskedBinaries = { ...m, outsideRegion: masked.funnel.outsideRegion };
  for (const key of Object.keys(binaries) as (keyof typeof binaries)[]) {
    const e = binaries[key];
    const k = maskedBinaries[key];
    out.push({ name: `${name} ${key}: known = yes + no`, total: shown(e.known, k.known), parts: [shown(e.count, k.count), unseen(e.known - e.count)] });
    // A share with its number known gives the count back.
    if (k.share !== null && (typeof k.count !== "number" || typeof k.known !== "number")) expect.fail(`${name} ${key}: a share shown on a withheld count`);
  }
  return out;
}

function exactCount(exact: OutcomeReport["total"], dim: "gender" | "education" | "field", key: string): number {
  const split = exact.who[dim];
  if (key !== "OTHER") return split.find((p) => p.key === key)!.count;
  return split.filter((p) => p.key !== "UNKNOWN" && p.count < 5).reduce((s, p) => s + p.count, 0);
}

/** total = Σ cohorts for every figure both show (a category missing in a cohort is zero there). */
function acrossCohorts(report: OutcomeReport, masked: ReturnType<typeof discloseReport>): Relation[] {
  if (report.cohorts.length < 2) return [];
  const out: Relation[] = [];
  const figures: (readonly [string, (s: OutcomeReport["total"]) => number | null, (s: MaskedSection) => Figure | null])[] = [
    ["hired", (s) => s.funnel.hired, (s) => s.funnel.hired],
    ["applicants", (s) => s.funnel.applicants, (s) => s.funnel.applicants],
    ...(["completed", "droppedOut", "offeredJob", "acceptedOffer", "inRegionEnd", "inRegion1y", "inRegion3y"] as const).flatMap((k) => [
      [`${k}.yes`, (s: OutcomeReport["total"]) => s.outcomes[k].count, (s: MaskedSection) => s.outcomes[k].count] as const,
      [`${k}.known`, (s: OutcomeReport["total"]) => s.outcomes[k].known, (s: MaskedSection) => s.outcomes[k].known] as const,
    ]),
    ...(["WOMAN", "MAN", "OTHER", "UNDISCLOSED"] as const).map(
      (g) => [`gender.${g}`, (s: OutcomeReport["total"]) => s.who.gender.find((p) => p.key === g)?.count ?? 0, (s: MaskedSection) => s.who.gender.find((p) => p.key === g)?.count ?? 0] as const,
    ),
  ];
  for (const [name, exactOf, maskedOf] of figures) {
    const parts = report.cohorts.map((c, i) => ({ e: exactOf(c), m: maskedOf(masked.cohorts[i]) })).filter((p) => p.e !== null);
    const total = exactOf(report.total);
    if (total === null) continue;
    out.push({ name: `total ${name} = Σ cohorts`, total: shown(total, maskedOf(masked.total)), parts: parts.map((p) => shown(p.e!, p.m)) });
  }
  return out;
}

describe("disclosure control on generated cohorts", () => {
  it(`lets no withheld count be worked out by subtraction (${RUNS} generated selections)`, () => {
    fc.assert(
      fc.property(cohortsArb, (cohorts) => {
        const report = reportOf(cohorts);
        const masked = discloseReport(report, false);
        const relations = [
          ...sectionRelations("total", report.total, masked.total),
          ...report.cohorts.flatMap((c, i) => sectionRelations(c.name, c, masked.cohorts[i])),
          ...acrossCohorts(report, masked),
        ];
        const leaks = relations.filter((r) => leak(r.total, r.parts));
        expect(leaks.map((r) => `${r.name}: ${JSON.stringify(r)}`)).toEqual([]);
        // The dashboard, board report and CSV render these tables: each shows the masked figures, no other.
        const tables = tablesOf(report, masked);
        const csv = tableToCsv(tables.funnel, t).rows;
        const hiredColumn = 1 + tables.funnel.columns.findIndex((c) => c.key === "hired");
        masked.cohorts.forEach((c, i) => {
          const expected = c.funnel.hired === "hidden" ? "hidden" : c.funnel.hired;
          expect(csv[i][hiredColumn]).toBe(expected);
        });
        tables.outcomes.rows.forEach((row, i) => {
          const key = (["completed", "droppedOut", "offeredJob", "acceptedOffer", "inRegionEnd", "inRegion1y", "inRegion3y"] as const)[i];
          expect(row.cells[0]).toEqual({ kind: "count", value: masked.total.outcomes[key].count });
        });
      }),
      { numRuns: RUNS, seed: 15 },
    );
  }, 600_000);
});
