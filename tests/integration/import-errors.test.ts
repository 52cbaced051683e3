import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { checkImportAction, runImportAction } from "@/lib/import/actions";
import type { ImportRowError } from "@/lib/import/columns";
import { importErrorMessage } from "@/lib/import/messages";
import { translatorFor } from "@/lib/i18n/messages";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { campaignsCsv, csvFile, importCounts, traineeRow, traineesCsv, toCsv } from "../support/imports";
import { TRAINEE_COLUMNS } from "@/lib/import/columns";

// Every kind of bad file the issue names: the dry run lists each problem by file, row and column
// (translated), the import answers importInvalid, and nothing at all is written.
let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("import-bad");
});

type Files = { trainees: File; campaigns?: File };
const pick = (errors: ImportRowError[]) => errors.map(({ file, row, column, code }) => ({ file, row, column, code }));

/** Runs the dry run and the import; both refuse, nothing changes. Returns the dry run's errors. */
async function rejected(files: Files): Promise<ImportRowError[]> {
  const before = await importCounts(t.id);
  const check = await checkImportAction.runAs(t.users.COORDINATOR, t.slug, files);
  if (!check.ok) throw new Error(`dry run failed: ${check.error}`);
  expect(check.data.errors.length).toBeGreaterThan(0);
  const run = await runImportAction.runAs(t.users.COORDINATOR, t.slug, files);
  expect(run).toMatchObject({ ok: false, error: "importInvalid" });
  if (!run.ok) {
    expect(Object.keys(run.fieldErrors ?? {}).sort()).toEqual(check.data.errors.map((e) => `${e.file}.${e.row}.${e.column ?? ""}`).sort());
  }
  expect(await importCounts(t.id)).toEqual(before);
  return check.data.errors;
}

const trainees = (rows: Parameters<typeof traineeRow>[0][]) => csvFile(traineesCsv(rows.map((r) => traineeRow(r))));

describe("bad import files: every problem listed, nothing written", () => {
  it("wrong headers: unknown columns by name, missing required columns named", async () => {
    const header = TRAINEE_COLUMNS.map((c) => (c === "cohort" ? "cohort_name" : c));
    const text = toCsv([...header, "shoe_size"], [{ ...traineeRow(), cohort_name: "2021/22", shoe_size: "42" }]);
    expect(pick(await rejected({ trainees: csvFile(text) }))).toEqual([
      { file: "trainees", row: 1, column: "cohort_name", code: "unknownColumn" },
      { file: "trainees", row: 1, column: "shoe_size", code: "unknownColumn" },
      { file: "trainees", row: 1, column: "cohort", code: "missingColumn" },
    ]);
  });

  it("an unknown column alone is refused too, and a row with too many values is named", async () => {
    const text = toCsv([...TRAINEE_COLUMNS, "notes"], [{ ...traineeRow(), notes: "x" }]);
    expect(pick(await rejected({ trainees: csvFile(text) }))).toEqual([{ file: "trainees", row: 1, column: "notes", code: "unknownColumn" }]);
    const extra = traineesCsv([traineeRow()]).replace(/\n$/, ",surplus\n");
    expect(pick(await rejected({ trainees: csvFile(extra) }))).toEqual([{ file: "trainees", row: 2, column: null, code: "columnCount" }]);
  });

  it("wrong enums name the value and what is allowed, translated", async () => {
    const errors = await rejected({ trainees: trainees([{}, { trainee_name: "Bo", trainee_email: "", gender: "female", employer_sector: "ngo", completed: "maybe", ties: "none+studied" }]) });
    expect(pick(errors)).toEqual([
      { file: "trainees", row: 3, column: "gender", code: "choice" },
      { file: "trainees", row: 3, column: "ties", code: "choice" },
      { file: "trainees", row: 3, column: "employer_sector", code: "choice" },
      { file: "trainees", row: 3, column: "completed", code: "choice" },
    ]);
    expect(importErrorMessage(translatorFor("en", "import"), errors[0], "en")).toBe("“female” is not allowed here. Use one of: woman, man, other, unknown.");
    // The examples are in the reader's language (every language's words are accepted).
    expect(importErrorMessage(translatorFor("sv", "import"), errors[0], "sv")).toBe("”female” är inte tillåtet här. Använd något av: kvinna, man, annat, okänt.");
    expect(importErrorMessage(translatorFor("nb", "import"), errors[0], "nb")).toBe("«female» er ikke tillatt her. Bruk en av: kvinne, mann, annet, ukjent.");
  });

  it("impossible dates, dates in another format and an end before the start", async () => {
    const errors = await rejected({
      trainees: trainees([
        { cohort: "A", cohort_start: "2023-02-30", cohort_end: "2024-01-31" },
        { cohort: "B", cohort_start: "31/08/2023", cohort_end: "2023-13-01" },
        { cohort: "C", cohort_start: "2023-09-01", cohort_end: "2023-08-31" },
      ]),
    });
    expect(pick(errors)).toEqual([
      { file: "trainees", row: 2, column: "cohort_start", code: "date" },
      { file: "trainees", row: 3, column: "cohort_start", code: "date" },
      { file: "trainees", row: 3, column: "cohort_end", code: "date" },
      { file: "trainees", row: 4, column: "cohort_end", code: "endBeforeStart" },
    ]);
    expect(importErrorMessage(translatorFor("nb", "import"), errors[0], "nb")).toBe("«2023-02-30» er ikke en dato som finnes. Skriv datoer som ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ, f.eks. 2023-08-31 eller 31.8.2023.");
  });

  it("the same trainee twice in a cohort, by email or (without one) by name; other emails and names pass", async () => {
    const errors = await rejected({
      trainees: trainees([
        { trainee_email: "anna@example.se" },
        { trainee_email: "ANNA@example.se", trainee_name: "Anna E." },
        { trainee_email: "", trainee_name: "Bo Ek" },
        { trainee_email: "", trainee_name: "bo  ek" },
        { trainee_email: "", trainee_name: "Bo Ek", cohort: "2022/23", cohort_start: "2022-09-01", cohort_end: "2023-08-31" },
      ]),
    });
    expect(errors).toEqual([
      { file: "trainees", row: 3, column: "trainee_email", code: "duplicateTrainee", params: { first: 2 } },
      { file: "trainees", row: 5, column: "trainee_name", code: "duplicateTrainee", params: { first: 4 } },
    ]);
  });

  it("one cohort with two sets of dates, one organisation number with two names, bad numbers and emails", async () => {
    const errors = await rejected({
      trainees: trainees([
        { trainee_email: "a@example.se" },
        { trainee_email: "b@example.se", cohort_end: "2022-06-30", employer: "Arvika stad" },
        { trainee_email: "not-an-email", employer_org_number: "12345" },
      ]),
    });
    expect(pick(errors)).toEqual([
      { file: "trainees", row: 3, column: "cohort_start", code: "cohortDates" },
      { file: "trainees", row: 3, column: "employer", code: "employerNames" },
      { file: "trainees", row: 4, column: "trainee_email", code: "email" },
      { file: "trainees", row: 4, column: "employer_org_number", code: "orgNumber" },
    ]);
  });

  it("a file in another encoding (Windows-1252 å ä ö) → importEncoding, naming the file", async () => {
    const latin1 = Buffer.from(traineesCsv([traineeRow({ trainee_name: "Åsa Öberg" })]), "latin1");
    for (const action of [checkImportAction, runImportAction]) {
      const before = await importCounts(t.id);
      const result = await action.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(latin1) });
      expect(result).toMatchObject({ ok: false, error: "importEncoding", fieldErrors: { trainees: "errors.importEncoding" } });
      expect(await importCounts(t.id)).toEqual(before);
    }
  });

  it("a campaigns row for a cohort that is nowhere, duplicated, with impossible figures", async () => {
    const campaigns = campaignsCsv([
      { cohort: "2021/22", applicants: "100", places: "10", applicants_outside_region: "40", interviewed: "20" },
      { cohort: "1999/00", applicants: "100", places: "10", applicants_outside_region: "40", interviewed: "20" },
      { cohort: "2021/22", applicants: "10", places: "-3", applicants_outside_region: "40", interviewed: "20" },
    ]);
    const errors = await rejected({ trainees: trainees([{}]), campaigns: csvFile(campaigns) });
    expect(pick(errors)).toEqual([
      { file: "campaigns", row: 3, column: "cohort", code: "cohortUnknown" },
      { file: "campaigns", row: 4, column: "places", code: "count" },
    ]);
    const numbers = campaignsCsv([{ cohort: "2021/22", applicants: "10", places: "3", applicants_outside_region: "40", interviewed: "20" }]);
    expect(pick(await rejected({ trainees: trainees([{}]), campaigns: csvFile(numbers) }))).toEqual([
      { file: "campaigns", row: 2, column: "applicants_outside_region", code: "outsideAboveApplicants" },
      { file: "campaigns", row: 2, column: "interviewed", code: "interviewedAboveApplicants" },
    ]);
    expect(importErrorMessage(translatorFor("en", "import"), errors[0], "en")).toContain("“1999/00”");
  });

  it("a cohort name Kohort runs live is never mixed with history", async () => {
    const live = await systemDb().cohort.findUniqueOrThrow({ where: { id: t.cohortId } });
    const errors = await rejected({ trainees: trainees([{ cohort: live.name }]) });
    expect(pick(errors)).toEqual([{ file: "trainees", row: 2, column: "cohort", code: "cohortLive" }]);
  });

  it("one bad row among good ones: the whole import is refused", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ trainee_name: `Good ${i}`, trainee_email: `good${i}@example.se` }));
    const errors = await rejected({ trainees: trainees([...rows.slice(0, 3), { trainee_email: "", trainee_name: "", gender: "w" }, ...rows.slice(3)]) });
    expect(pick(errors)).toEqual([
      { file: "trainees", row: 5, column: "trainee_name", code: "required" },
      { file: "trainees", row: 5, column: "gender", code: "choice" },
    ]);
  });

  it("empty files, header-only files and files that are too large never reach the database", async () => {
    expect(pick(await rejected({ trainees: csvFile(" \n") }))).toEqual([{ file: "trainees", row: 1, column: null, code: "empty" }]);
    expect(pick(await rejected({ trainees: csvFile(traineesCsv([])) }))).toEqual([{ file: "trainees", row: 1, column: null, code: "noRows" }]);
    const huge = csvFile("x".repeat(2 * 1024 * 1024 + 1));
    expect(await runImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: huge })).toMatchObject({ ok: false, error: "validation", fieldErrors: { trainees: "import.form.tooLarge" } });
    expect(await runImportAction.runAs(t.users.COORDINATOR, t.slug, {})).toMatchObject({ ok: false, error: "validation", fieldErrors: { trainees: "validation.required" } });
  });
});
