import writeXlsxFile from "write-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { CAMPAIGN_COLUMNS, TRAINEE_COLUMNS } from "@/lib/import/columns";
import { checkImportAction, runImportAction } from "@/lib/import/actions";
import { templateCsv, templateXlsx } from "@/lib/import/templates";
import { columnName } from "@/lib/import/words";
import { loadMetricsJson } from "@/lib/metrics/json";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { csvFile, importCounts, toCsv, traineeRow, type TraineeCells } from "../support/imports";

// Spreadsheets as people keep them (issue 15): Swedish and Norwegian column names and words,
// dates as the locale writes them, empty figures for what an old report never said, and .xlsx.
const db = systemDb();
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The same three trainees, in English, Swedish or Norwegian, with ISO or local dates. */
function rows(lang: "en" | "sv" | "nb"): TraineeCells[] {
  const w = {
    en: { woman: "woman", man: "man", master: "master", yes: "yes", no: "no", unknown: "unknown", grew: "grew_up", studied: "studied", public: "public", private: "private", start: "2019-09-01", end: "2020-08-31" },
    sv: { woman: "Kvinna", man: "man", master: "magister", yes: "ja", no: "nej", unknown: "okänt", grew: "uppvuxen", studied: "studerat", public: "offentlig", private: "privat", start: "1.9.2019", end: "31.08.2020" },
    nb: { woman: "kvinne", man: "Mann", master: "mastergrad", yes: "ja", no: "nei", unknown: "ukjent", grew: "oppvokst", studied: "studert", public: "offentlig", private: "privat", start: "01.09.2019", end: "31.8.2020" },
  }[lang];
  const base = { cohort: "2019/20", cohort_start: w.start, cohort_end: w.end };
  return [
    traineeRow({ ...base, trainee_name: "Karin Berg", trainee_email: "karin@example.se", gender: w.woman, education_level: w.master, ties: w.grew, employer_sector: w.public, completed: w.yes, offered_job: w.yes, accepted_offer: w.yes, in_region_end: w.yes, in_region_1y: w.no, in_region_3y: w.unknown }),
    // Empty cells: not known, as an old report left them.
    traineeRow({ ...base, trainee_name: "Olle Berg", trainee_email: "", gender: w.man, education_level: "", ties: `${w.grew}+${w.studied}`, employer: "Bruket AB", employer_org_number: "556777-1234", employer_sector: w.private, completed: w.yes, offered_job: w.no, accepted_offer: "", in_region_end: "", in_region_1y: "", in_region_3y: "" }),
    traineeRow({ ...base, trainee_name: "Lisa Ås", trainee_email: "lisa@example.se", gender: "", ties: "", employer_sector: w.public, completed: w.no, offered_job: "", accepted_offer: "", in_region_end: w.no, in_region_1y: "", in_region_3y: "" }),
  ];
}

/** A trainees file with the column names of `lang` in its header. */
function traineesFile(lang: "en" | "sv" | "nb", delimiter = ";") {
  const header = TRAINEE_COLUMNS.map((c) => columnName(c, lang));
  const body = toCsv(TRAINEE_COLUMNS, rows(lang), delimiter).split("\n").slice(1).join("\n");
  return csvFile(`${header.join(delimiter)}\n${body}`);
}

/** One campaign whose old report gave the applicants but not who came from outside or was interviewed. */
const campaignsFile = () => csvFile(`${CAMPAIGN_COLUMNS.map((c) => columnName(c, "sv")).join(";")}\n2019/20;120;3;;\n`);

describe("importing spreadsheets in Swedish and Norwegian", () => {
  let sv: TenantFixture;
  let nb: TenantFixture;

  beforeAll(async () => {
    [sv, nb] = await Promise.all([createTenant("imp-sv"), createTenant("imp-nb")]);
  });

  it("reads Swedish words, column names and local dates, and stores empty cells as unknown", async () => {
    const result = await runImportAction.runAs(sv.users.COORDINATOR, sv.slug, { trainees: traineesFile("sv"), campaigns: campaignsFile() });
    expect(result).toMatchObject({ ok: true, data: { errors: [], rows: { trainees: 3, campaigns: 1 }, rowsWithProblems: 0 } });
    const cohort = await db.cohort.findFirstOrThrow({ where: { consortiumId: sv.id, name: "2019/20" }, include: { campaign: true } });
    expect([cohort.startDate, cohort.endDate]).toEqual([day("2019-09-01"), day("2020-08-31")]);
    expect(cohort.campaign).toMatchObject({ applicantsTotal: 120, placesTotal: 3, applicantsOutside: null, interviewedTotal: null });
    const trainees = await db.trainee.findMany({ where: { consortiumId: sv.id, cohortId: cohort.id }, orderBy: { name: "asc" }, include: { followUps: true } });
    expect(trainees.map((t) => [t.name, t.gender, t.educationLevel, t.ties, t.status, t.offeredJob, t.acceptedOffer, t.followUps.map((f) => `${f.wave}:${f.livesInRegion}`).sort()])).toEqual([
      ["Karin Berg", "WOMAN", "MASTER", ["GREW_UP"], "COMPLETED", "YES", "YES", ["END:YES", "YEAR_1:NO"]],
      ["Lisa Ås", "UNDISCLOSED", "MASTER", [], "DROPPED_OUT", "UNKNOWN", "UNKNOWN", ["END:NO"]],
      ["Olle Berg", "MAN", null, ["GREW_UP", "STUDIED"], "COMPLETED", "NO", "UNKNOWN", []],
    ]);
  });

  it("finds the same trainees in the English and Norwegian files: nothing new, nothing written", async () => {
    const before = await importCounts(sv.id);
    for (const lang of ["en", "nb"] as const) {
      const check = await checkImportAction.runAs(sv.users.COORDINATOR, sv.slug, { trainees: traineesFile(lang, ","), campaigns: campaignsFile() });
      expect(check).toMatchObject({ ok: true, data: { errors: [], summary: { cohorts: { new: 0, changed: 0, unchanged: 1 }, trainees: { new: 0, changed: 0, unchanged: 3 } } } });
      expect((await runImportAction.runAs(sv.users.COORDINATOR, sv.slug, { trainees: traineesFile(lang), campaigns: campaignsFile() })).ok).toBe(true);
    }
    expect(await importCounts(sv.id)).toEqual(before);
  });

  it("reads an .xlsx with the same content (typed dates and numbers) to the same result, and again to nothing", async () => {
    const header = TRAINEE_COLUMNS.map((c) => columnName(c, "nb"));
    const data = rows("nb").map((r) => TRAINEE_COLUMNS.map((c) => (c === "cohort_start" ? { type: Date, value: day("2019-09-01"), format: "dd.mm.yyyy" } : c === "cohort_end" ? { type: Date, value: day("2020-08-31"), format: "dd.mm.yyyy" } : { type: String, value: r[c] ?? "" })));
    const xlsx = await writeXlsxFile([header.map((value) => ({ type: String, value })), ...data]).toBuffer();
    const campaigns = await writeXlsxFile([CAMPAIGN_COLUMNS.map((value) => ({ type: String, value })), [{ type: String, value: "2019/20" }, { type: Number, value: 120 }, { type: Number, value: 3 }, null, null]]).toBuffer();
    const files = { trainees: csvFile(new Uint8Array(xlsx), "historik.xlsx"), campaigns: csvFile(new Uint8Array(campaigns), "kampanjer.xlsx") };
    const first = await runImportAction.runAs(nb.users.COORDINATOR, nb.slug, files);
    expect(first).toMatchObject({ ok: true, data: { errors: [], rows: { trainees: 3, campaigns: 1 }, summary: { trainees: { new: 3 } } } });
    const fromXlsx = await db.trainee.findMany({ where: { consortiumId: nb.id, importKey: { not: null } }, orderBy: { name: "asc" }, select: { name: true, gender: true, educationLevel: true, ties: true, status: true, offeredJob: true, acceptedOffer: true } });
    const fromCsv = await db.trainee.findMany({ where: { consortiumId: sv.id, importKey: { not: null } }, orderBy: { name: "asc" }, select: { name: true, gender: true, educationLevel: true, ties: true, status: true, offeredJob: true, acceptedOffer: true } });
    expect(fromXlsx).toEqual(fromCsv);
    const before = await importCounts(nb.id);
    expect(await runImportAction.runAs(nb.users.COORDINATOR, nb.slug, files)).toMatchObject({ ok: true, data: { summary: { trainees: { new: 0, changed: 0, unchanged: 3 } } } });
    expect(await importCounts(nb.id)).toEqual(before);
  });

  it("gives unknown figures as unknown in the metrics API, and shares over the known only", async () => {
    const metrics = await withTenant(sv.id, null, (tx) => loadMetricsJson(tx, { id: sv.id, slug: sv.slug, name: "x" }, { cohortName: "2019/20", exact: true }));
    const [cohort] = metrics.cohorts;
    expect(cohort.funnel).toMatchObject({ applicants: 120, places: 3, interviewed: null, offered: null, hired: 3 });
    // Who came from outside was never reported: nothing is known, not 0 of 120.
    expect(cohort.funnel.outsideRegion).toEqual({ count: 0, known: 0, share: null });
    // Offered a job: Karin yes, Olle no, Lisa unknown → 1 of 2 known, not 1 of 3.
    expect(cohort.outcomes.offeredJob).toEqual({ count: 1, known: 2, share: 0.5 });
    expect(cohort.outcomes.inRegion1y).toEqual({ count: 0, known: 1, share: 0 });
    expect(cohort.who.gender).toContainEqual({ key: "UNDISCLOSED", count: 1 });
  });

  it("counts every row it read in the summary, also those with problems, with the words listed in the reader's language", async () => {
    const bad = toCsv(TRAINEE_COLUMNS, [traineeRow({ gender: "female" }), traineeRow({ trainee_name: "B", cohort_start: "1/9/2021" }), traineeRow({ trainee_name: "C" })]);
    const result = await checkImportAction.runAs(sv.users.COORDINATOR, sv.slug, { trainees: csvFile(bad) });
    expect(result).toMatchObject({ ok: true, data: { rows: { trainees: 3, campaigns: 0 }, rowsWithProblems: 2 } });
  });

  it("offers templates in the reader's language that import as they are", async () => {
    expect(templateCsv("trainees", "sv").split("\r\n")[0]).toBe(`\uFEFF${TRAINEE_COLUMNS.map((c) => columnName(c, "sv")).join(";")}`);
    expect(templateCsv("trainees", "nb")).toContain("kvinne");
    const trainees = csvFile(new Uint8Array(await templateXlsx("trainees", "nb", "Traineer")), "mal.xlsx");
    const campaigns = csvFile(templateCsv("campaigns", "sv"));
    const check = await checkImportAction.runAs(nb.users.COORDINATOR, nb.slug, { trainees, campaigns });
    expect(check).toMatchObject({ ok: true, data: { errors: [], rows: { trainees: 2, campaigns: 1 } } });
  });
});
