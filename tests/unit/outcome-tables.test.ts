import { describe, expect, it } from "vitest";
import { applicantsTrend, funnelChart, outcomeBars, outcomeTrend, plots, splitChart } from "@/components/outcomes/chart-data";
import { translatorFor } from "@/lib/i18n/messages";
import { discloseReport } from "@/lib/disclosure/report";
import { parseOutcomeFilter, withFilter } from "@/lib/outcomes/filter";
import { formatCell, outcomeCsvFilename, tableToCsv } from "@/lib/outcomes/format";
import { describePeriod } from "@/lib/outcomes/period";
import { buildOutcomeTables, hasData, type OutcomeTable } from "@/lib/outcomes/tables";
import { toCsv } from "@/lib/server/csv";
import { sampleReport } from "../support/outcome-report";

const t = translatorFor("en", "");

function row(table: OutcomeTable, label: string) {
  const found = table.rows.find((r) => ("text" in r.label ? r.label.text : t(r.label.key)) === label);
  if (!found) throw new Error(`no row ${label} in ${table.key}`);
  return Object.fromEntries(table.columns.map((c, i) => [c.key, found.cells[i]]));
}

describe("outcome tables", () => {
  it("give the coordinator every figure exactly, with a total row when cohorts are several", () => {
    const tables = buildOutcomeTables(sampleReport(), true);
    expect(tables.funnel.rows.map((r) => r.total ?? false)).toEqual([false, false, true]);
    const small = row(tables.funnel, "Trainee 2024");
    expect(small.hired).toEqual({ kind: "count", value: 3 });
    expect(small.applicantsPerPlace).toMatchObject({ kind: "ratio", hidden: false });
    expect(row(tables.outcomes, "Dropped out")).toEqual({
      yes: { kind: "count", value: 1 },
      known: { kind: "count", value: 15 },
      share: { kind: "share", value: 0.0667, hidden: false },
    });
    // Shares of a split are of the people (15), not of the sum of ties.
    expect(row(tables.ties, "Grew up here").share).toMatchObject({ value: 13 / 15 });
  });

  it("show the steering group '<5' for counts 1–4, 'hidden' for what would give them back, and no share or ratio on either", () => {
    const tables = buildOutcomeTables(sampleReport(), false);
    const small = row(tables.funnel, "Trainee 2024");
    expect(small.hired).toEqual({ kind: "count", value: "<5" });
    // Places are not people: exact, and applicants per place with them since the applicants show.
    expect(small.places).toEqual({ kind: "count", value: 3 });
    expect(small.applicants).toEqual({ kind: "count", value: 40 });
    expect(small.applicantsPerPlace).toEqual({ kind: "ratio", value: 13.33, hidden: false });
    // Completed 14 of 15 would give dropped out 1 back: completed is hidden with it.
    expect(row(tables.outcomes, "Dropped out").yes).toEqual({ kind: "count", value: "<5" });
    expect(row(tables.outcomes, "Dropped out").share).toEqual({ kind: "share", value: null, hidden: true });
    expect(row(tables.outcomes, "Completed the programme").yes).toEqual({ kind: "count", value: "hidden" });
    expect(row(tables.outcomes, "Completed the programme").share).toEqual({ kind: "share", value: null, hidden: true });
    // Zero names nobody and stays.
    expect(row(tables.outcomes, "Living in the region after 3 years").yes).toEqual({ kind: "count", value: 0 });
    expect(row(tables.gender, "Man")).toEqual({ trainees: { kind: "count", value: "<5" }, share: { kind: "share", value: null, hidden: true } });
    expect(row(tables.gender, "Woman").trainees).toEqual({ kind: "count", value: "hidden" });
    const trend = row(tables.outcomeTrend, "Trainee 2024");
    expect(trend.completed).toEqual({ kind: "outcome", count: "<5", known: "<5", share: null, hidden: true });
    expect(row(tables.members, "2024").traineesPerEmployer).toEqual({ kind: "ratio", value: null, hidden: true });
    // No employer by name with "<5": how many employers hosted how many trainees.
    expect(tables.employers.rows.map((r) => r.cells[0])).toEqual([0, 1, 1, 0].map((value) => ({ kind: "count", value })));
    expect(JSON.stringify(tables.employers)).not.toContain("Karlstads kommun");
  });

  it("agree with the masked report the metrics API gives", () => {
    const report = sampleReport();
    const masked = discloseReport(report, false);
    const tables = buildOutcomeTables(report, false);
    masked.cohorts.forEach((c) => {
      const cells = row(tables.funnel, c.name);
      expect([cells.applicants, cells.places, cells.interviewed, cells.offered, cells.hired].map((x) => (x.kind === "count" ? x.value : "?"))).toEqual([
        c.funnel.applicants,
        c.funnel.places,
        c.funnel.interviewed,
        c.funnel.offered,
        c.funnel.hired,
      ]);
    });
  });

  it("feed charts nothing the table hides: no bar, no point, '<5' or 'hidden' as the label", () => {
    const tables = buildOutcomeTables(sampleReport(), false);
    const gender = splitChart(tables.gender, "Trainees", "en", t);
    expect(gender.rows.find((r) => r.label === "Man")).toEqual({ label: "Man", values: { count: null }, display: { count: "<5" } });
    expect(gender.rows.find((r) => r.label === "Woman")).toEqual({ label: "Woman", values: { count: null }, display: { count: "hidden" } });
    const trend = applicantsTrend(tables.funnel, "en", t);
    expect(trend.rows[1]).toEqual({ label: "Trainee 2024", values: { applicants: 40, hired: null }, display: { applicants: "40", hired: "<5" } });
    expect(outcomeBars(tables.outcomes, "en", t).rows.find((r) => r.label === "Dropped out")?.values).toEqual({ share: null });
    expect(outcomeTrend(tables.outcomeTrend, "en", t).rows[1].values).toEqual({ completed: null, offeredJob: null, inRegionEnd: null, inRegion1y: null, inRegion3y: null });
    expect(funnelChart(tables.funnel, "en", t).rows.map((r) => r.values.count)).toEqual([190, 30, 17, 15]);
    // The serialised props of every chart: the small cohort's exact 3 hires appear nowhere.
    const props = JSON.stringify([gender, trend, outcomeTrend(tables.outcomeTrend, "en", t)]);
    expect(props).not.toMatch(/"hired":3\b/);
  });

  it("format shares as whole percent and hidden cells in words", () => {
    const tables = buildOutcomeTables(sampleReport(), true);
    expect(formatCell(row(tables.outcomes, "Living in the region after 1 year").share, "sv", translatorFor("sv", "")).text.replace(/\s/g, " ")).toBe("78 %");
    expect(formatCell(row(tables.outcomeTrend, "Trainee 2023").inRegion1y, "en", t)).toEqual({ text: "78%", note: "of 9 known" });
    const masked = buildOutcomeTables(sampleReport(), false);
    expect(formatCell(row(masked.outcomeTrend, "Trainee 2024").completed, "nb", translatorFor("nb", ""))).toEqual({ text: "skjult", note: "av <5 kjente" });
    expect(formatCell(row(masked.gender, "Woman").trainees, "sv", translatorFor("sv", ""))).toEqual({ text: "dold" });
  });

  it("know when nothing is known", () => {
    const report = sampleReport();
    report.total.heardFrom = [];
    expect(hasData(buildOutcomeTables(report, true).heardFrom)).toBe(false);
    expect(hasData(buildOutcomeTables(report, true).gender)).toBe(true);
  });
});

describe("outcome CSV", () => {
  it("writes what the steering group sees on screen: '<5', no hidden share, numbers a spreadsheet can use", () => {
    const tables = buildOutcomeTables(sampleReport(), false);
    const { header, rows } = tableToCsv(tables.outcomeTrend, t);
    expect(header.slice(0, 6)).toEqual(["Cohort", "Start year", "Hired", "Completed: yes", "Completed: known", "Completed: share (%)"]);
    // 11 of 12 completed would give the one who dropped out back: hidden, in words.
    expect(rows[0].slice(0, 6)).toEqual(["Trainee 2023", 2023, "hidden", "hidden", "hidden", null]);
    expect(rows[1].slice(0, 6)).toEqual(["Trainee 2024", 2024, "<5", "<5", "<5", null]);
    const csv = toCsv(header, rows, "en");
    expect(csv.startsWith("\uFEFFCohort,Start year,Hired,")).toBe(true);
    expect(csv).toContain("\r\nTrainee 2024,2024,<5,<5,<5,,");
  });

  it("gives the coordinator exact figures, in Swedish with ';' and decimal commas", () => {
    const sv = translatorFor("sv", "");
    const tables = buildOutcomeTables(sampleReport(), true);
    const { header, rows } = tableToCsv(tables.funnel, sv);
    const csv = toCsv(header, rows, "sv");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFKull;Startår;Sökande;Platser;Sökande per plats;Utanför regionen;Andel utifrån (%);Intervjuade;Erbjudna;Anställda");
    expect(csv.split("\r\n")[2]).toBe('Trainee 2024;2024;40;3;"13,3";13;"32,5";6;4;3');
    expect(csv.split("\r\n")[3]).toBe('Alla valda kullar;;190;15;"12,7";63;"33,2";30;17;15');
  });

  it("guards a formula in an employer's name and names the file after what it holds", () => {
    const { header, rows } = tableToCsv(buildOutcomeTables(sampleReport(), true).employers, t);
    expect(toCsv(header, rows, "en")).toContain(`\r\n'=cmd|' /C calc'!A0,2\r\n`);
    expect(outcomeCsvFilename("trainee-varmland", "funnel", { fromYear: 2021, toYear: 2024 }, { cohort: null })).toBe("outcomes-funnel-trainee-varmland-2021-2024.csv");
    expect(outcomeCsvFilename("trainee-varmland", "gender", { cohortId: "x" }, { cohort: { name: "Trainee Värmland 2025" } })).toBe("outcomes-gender-trainee-varmland-trainee-varmland-2025.csv");
  });
});

describe("outcome filter", () => {
  it("reads a cohort, a range of years (swapped when reversed), or nothing", () => {
    expect(parseOutcomeFilter({ cohort: "abc", from: "2020" })).toEqual({ cohortId: "abc" });
    expect(parseOutcomeFilter({ from: "2024", to: "2021" })).toEqual({ fromYear: 2021, toYear: 2024 });
    expect(parseOutcomeFilter({ from: "20x4", to: "" })).toEqual({});
    expect(parseOutcomeFilter({ to: "1800" })).toEqual({});
    expect(withFilter("/api/c/x/exports/outcomes", { fromYear: 2021 }, { table: "funnel", locale: "sv" })).toBe("/api/c/x/exports/outcomes?table=funnel&locale=sv&from=2021");
  });

  it("describes the period in words", () => {
    const report = sampleReport();
    expect(describePeriod({}, report, "en", t)).toBe("All cohorts, 2023–2024");
    expect(describePeriod({ fromYear: 2023, toYear: 2023 }, report, "en", t)).toBe("Cohorts starting in 2023");
    expect(describePeriod({ cohortId: "c2023" }, { ...report, cohorts: [report.cohorts[0]] }, "en", t)).toBe("Cohort Trainee 2023 (1 Sept 2023 – 31 Aug 2024)");
  });
});

describe("outcome charts", () => {
  it("are left out when the reader could see only '<5' stubs", () => {
    const report = sampleReport();
    report.total.who.field = [{ key: "Ekonomi", count: 3 }];
    expect(plots(splitChart(buildOutcomeTables(report, false).field, "Trainees", "en", t))).toBe(false);
    expect(plots(splitChart(buildOutcomeTables(report, true).field, "Trainees", "en", t))).toBe(true);
  });
});
