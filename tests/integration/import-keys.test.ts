import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { checkImportAction, runImportAction } from "@/lib/import/actions";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { csvFile, importCounts, importStamps, traineeRow, traineesCsv, type TraineeCells } from "../support/imports";

// How a re-import finds its trainees again (lib/import/plan-trainees.ts): by the import key, and
// by name when only the email was filled in or taken out; keys that no cohort or name can forge.
const db = systemDb();
let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("import-keys");
});

const files = (rows: TraineeCells[]) => ({ trainees: csvFile(traineesCsv(rows.map((r) => traineeRow(r)))) });
const run = (rows: TraineeCells[]) => runImportAction.runAs(t.users.COORDINATOR, t.slug, files(rows));
const trainees = (cohort: string) =>
  db.trainee.findMany({ where: { consortiumId: t.id, cohort: { name: cohort } }, select: { id: true, name: true, email: true, importKey: true }, orderBy: { name: "asc" } });

describe("finding imported trainees again", () => {
  it("filling in the missing emails updates the same trainees instead of adding new ones", async () => {
    const cohort = { cohort: "Emails later", cohort_start: "2019-09-01", cohort_end: "2020-08-31" };
    const names = ["Alva Berg", "Björn Ek", "Cecilia Holm"];
    expect((await run(names.map((trainee_name) => ({ ...cohort, trainee_name, trainee_email: "" })))).ok).toBe(true);
    const before = await trainees(cohort.cohort);
    expect(before.map((x) => x.email)).toEqual([null, null, null]);
    const [counts, stamps] = [await importCounts(t.id), await importStamps(t.id)];

    // The names written differently in case and spacing still name the same people.
    const withEmails = names.map((name, i) => ({ ...cohort, trainee_name: i === 1 ? "björn  EK" : name, trainee_email: `p${i}@example.se` }));
    const result = await run(withEmails);
    expect(result).toMatchObject({ ok: true, data: { summary: { trainees: { new: 0, changed: 3, unchanged: 0 } } } });
    expect(await importCounts(t.id)).toEqual({ ...counts, audits: counts.audits + 1 });
    const after = await trainees(cohort.cohort);
    expect(after.map((x) => x.id).sort()).toEqual(before.map((x) => x.id).sort());
    expect(after.map((x) => [x.email, x.importKey]).sort()).toEqual([
      ["p0@example.se", JSON.stringify([cohort.cohort, "email", "p0@example.se"])],
      ["p1@example.se", JSON.stringify([cohort.cohort, "email", "p1@example.se"])],
      ["p2@example.se", JSON.stringify([cohort.cohort, "email", "p2@example.se"])],
    ]);
    // Their placements and answers were the same: only the trainee rows were written.
    const stampsAfter = await importStamps(t.id);
    expect(Object.keys(stampsAfter).filter((id) => stampsAfter[id] !== stamps[id]).sort()).toEqual(before.map((x) => x.id).sort());

    // And now they are found by their keys: the same file again changes nothing.
    expect(await run(withEmails)).toMatchObject({ ok: true, data: { summary: { trainees: { new: 0, changed: 0, unchanged: 3 } } } });
  });

  it("taking an email out finds the trainee by name and clears it", async () => {
    const cohort = { cohort: "Email removed", cohort_start: "2018-09-01", cohort_end: "2019-08-31" };
    const rows = [
      { ...cohort, trainee_name: "Dora Lind", trainee_email: "dora@example.se" },
      { ...cohort, trainee_name: "Erik Sand", trainee_email: "erik@example.se" },
    ];
    expect((await run(rows)).ok).toBe(true);
    const before = await trainees(cohort.cohort);
    const counts = await importCounts(t.id);
    const result = await run([rows[0], { ...rows[1], trainee_email: "" }]);
    expect(result).toMatchObject({ ok: true, data: { summary: { trainees: { new: 0, changed: 1, unchanged: 1 } } } });
    expect(await importCounts(t.id)).toEqual({ ...counts, audits: counts.audits + 1 });
    const after = await trainees(cohort.cohort);
    expect(after.map((x) => x.id)).toEqual(before.map((x) => x.id));
    expect(after[1]).toMatchObject({ name: "Erik Sand", email: null, importKey: JSON.stringify([cohort.cohort, "name", "erik sand"]) });
  });

  it("a row without email that could be one of several same-named trainees is a problem, and nothing is written", async () => {
    const cohort = { cohort: "Two Annas", cohort_start: "2017-09-01", cohort_end: "2018-08-31" };
    const annas = [
      { ...cohort, trainee_name: "Anna Ek", trainee_email: "anna1@example.se" },
      { ...cohort, trainee_name: "Anna Ek", trainee_email: "anna2@example.se" },
    ];
    expect((await run(annas)).ok).toBe(true);
    const [counts, stamps] = [await importCounts(t.id), await importStamps(t.id)];
    const ambiguous = [{ ...annas[0], trainee_email: "" }];
    const check = await checkImportAction.runAs(t.users.COORDINATOR, t.slug, files(ambiguous));
    expect(check).toMatchObject({ ok: true, data: { errors: [{ file: "trainees", row: 2, column: "trainee_email", code: "traineeAmbiguous" }] } });
    expect(await run(ambiguous)).toMatchObject({ ok: false, error: "importInvalid", fieldErrors: { "trainees.2.trainee_email": "import.codes.traineeAmbiguous" } });
    // With the other Anna still named by her email, the one left is no longer in doubt.
    expect(await checkImportAction.runAs(t.users.COORDINATOR, t.slug, files([...ambiguous, annas[1]]))).toMatchObject({
      ok: true,
      data: { errors: [], summary: { trainees: { new: 0, changed: 1, unchanged: 1 } } },
    });
    expect(await importCounts(t.id)).toEqual(counts);
    expect(await importStamps(t.id)).toEqual(stamps);
  });

  it("a cohort and a name holding the old separator cannot make the same key", async () => {
    const first = { cohort: "A|b", cohort_start: "2016-09-01", cohort_end: "2017-08-31", trainee_name: "x", trainee_email: "" };
    const second = { cohort: "A", cohort_start: "2016-09-01", cohort_end: "2017-08-31", trainee_name: "b|x", trainee_email: "" };
    const counts = await importCounts(t.id);
    const result = await run([first, second]);
    expect(result).toMatchObject({ ok: true, data: { errors: [], summary: { trainees: { new: 2 } } } });
    expect(await importCounts(t.id)).toMatchObject({ trainees: counts.trainees + 2 });
    expect((await trainees("A|b")).map((x) => x.name)).toEqual(["x"]);
    expect((await trainees("A")).map((x) => x.name)).toEqual(["b|x"]);
    expect(await run([first, second])).toMatchObject({ ok: true, data: { summary: { trainees: { new: 0, changed: 0, unchanged: 2 } } } });
  });
});
