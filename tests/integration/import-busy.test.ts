import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { runImportAction } from "@/lib/import/actions";
import { runImportCli } from "@/lib/import/cli";
import { runImport } from "@/lib/import/service";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { csvFile, importCounts, traineeRow, traineesCsv } from "../support/imports";

// Two imports into one consortium at once: the second is refused straight away with importBusy
// (translated, on the page and on the command line) instead of waiting for the lock until the
// transaction's time limit turns it into "unexpected"; the first finishes as if alone.
let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("import-busy");
});

const csv = (cohort: string, email: string) =>
  traineesCsv([traineeRow({ cohort, cohort_start: "2015-09-01", cohort_end: "2016-08-31", trainee_email: email })]);
const HOLD_MS = 6_000;

describe("two imports at once", () => {
  it("the second is refused at once as importBusy and writes nothing; the first completes", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const locked = new Promise<void>((resolve) => (holding = resolve));
    // The first import, slowed down: it keeps its transaction (and the lock) open after writing.
    const first = withTenant(t.id, null, async (tx) => {
      const report = await runImport(tx, { consortiumId: t.id, userId: null, source: "cli" }, { trainees: new TextEncoder().encode(csv("Slow import", "slow@example.se")), campaigns: null });
      holding();
      await Promise.race([released, new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
      return report;
    });
    await locked;
    const before = await importCounts(t.id);
    const started = Date.now();

    const web = await runImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(csv("Queued import", "queued@example.se")) });
    const err: string[] = [];
    const file = path.join(tmpdir(), `kohort-import-busy-${process.pid}.csv`);
    writeFileSync(file, csv("Queued import", "queued@example.se"));
    const code = await runImportCli(["--consortium", t.slug, "--trainees", file, "--locale", "sv"], { out: () => undefined, err: (l) => err.push(l) });
    const waited = Date.now() - started;
    // Read while the first is still open: its rows are not visible yet, and the second wrote none.
    const during = await importCounts(t.id);
    release();

    expect(web).toMatchObject({ ok: false, error: "importBusy" });
    expect(code).toBe(1);
    expect(err.at(-1)).toBe("En annan import till det här konsortiet pågår just nu. Försök igen om en stund. Ingenting har sparats.");
    expect(waited).toBeLessThan(HOLD_MS - 1_000);
    expect(during).toEqual(before);

    expect((await first).summary.trainees).toEqual({ new: 1, changed: 0, unchanged: 0 });
    const names = await systemDb().cohort.findMany({ where: { consortiumId: t.id, imported: true }, select: { name: true } });
    expect(names.map((c) => c.name)).toEqual(["Slow import"]);

    // Once the first is done, the same import goes through.
    expect(await runImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(csv("Queued import", "queued@example.se")) })).toMatchObject({ ok: true });
  });
});
