import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { runImportCli } from "@/lib/import/cli";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { importCounts, traineeRow, traineesCsv } from "../support/imports";

// `npm run import`: the command line's main function against the test database, with the example
// files of docs/import; and the script itself, spawned, for a dry run.
const EXAMPLES = { trainees: "docs/import/trainees.csv", campaigns: "docs/import/campaigns.csv" };
let t: TenantFixture;
let dir: string;

beforeAll(async () => {
  t = await createTenant("import-cli");
  dir = mkdtempSync(path.join(tmpdir(), "kohort-import-"));
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function file(name: string, content: string | Buffer) {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

describe("npm run import", () => {
  it("a dry run prints what would change in the consortium's language and writes nothing", async () => {
    const before = await importCounts(t.id);
    const run = await cli("--consortium", t.slug, "--trainees", EXAMPLES.trainees, "--campaigns", EXAMPLES.campaigns, "--dry-run");
    expect(run).toEqual({
      code: 0,
      err: [],
      out: [
        "Läste 5 rader med traineer och 2 kampanjrader.",
        "Kullar: 2 nya, 0 ändrade, 0 oförändrade",
        "Arbetsgivare: 4 nya, 0 ändrade, 0 oförändrade",
        "Traineer: 5 nya, 0 ändrade, 0 oförändrade",
        "Provkörning: ingenting sparades.",
      ],
    });
    expect(await importCounts(t.id)).toEqual(before);
  });

  it("imports the example files, recorded as done from the command line; the second time changes nothing", async () => {
    const before = await importCounts(t.id);
    const run = await cli("--consortium", t.slug, "--trainees", EXAMPLES.trainees, "--campaigns", EXAMPLES.campaigns, "--locale", "en");
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe("Imported.");
    const after = await importCounts(t.id);
    expect(after).toEqual({ ...before, cohorts: before.cohorts + 2, campaigns: before.campaigns + 2, employers: before.employers + 4, trainees: before.trainees + 5, placements: before.placements + 5, followUps: before.followUps + 6, audits: before.audits + 1 });
    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { consortiumId: t.id, action: "import.history" } });
    expect(audit).toMatchObject({ actorUserId: null, data: { source: "cli" } });

    const again = await cli("--consortium", t.slug, "--trainees", EXAMPLES.trainees, "--campaigns", EXAMPLES.campaigns, "--locale", "en");
    expect(again.code).toBe(0);
    expect(again.out).toContain("Trainees: 0 new, 0 changed, 5 unchanged");
    expect(again.out.at(-1)).toBe("Everything in the files had already been imported. Nothing changed.");
    expect(await importCounts(t.id)).toEqual(after);
  });

  it("prints every problem with its row and column, translated, exits 1 and writes nothing", async () => {
    const bad = file("bad.csv", traineesCsv([traineeRow({ gender: "female" }), traineeRow({ trainee_name: "Bo", trainee_email: "", cohort_end: "2022-02-30" })]));
    const before = await importCounts(t.id);
    const run = await cli("--consortium", t.slug, "--trainees", bad, "--locale", "nb");
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      "Traineer, rad 2, kolonne gender: «female» er ikke tillatt her. Bruk en av: woman, man, other, unknown.",
      "Traineer, rad 3, kolonne cohort_end: «2022-02-30» er ikke en dato som finnes. Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2023-08-31.",
      "2 feil: ingenting ble lagret.",
    ]);
    expect(await importCounts(t.id)).toEqual(before);
  });

  it("refuses a file in another encoding, an unknown consortium, a missing file and missing arguments", async () => {
    const latin1 = file("latin1.csv", Buffer.from(traineesCsv([traineeRow({ trainee_name: "Åsa Öberg" })]), "latin1"));
    expect(await cli("--consortium", t.slug, "--trainees", latin1, "--locale", "en")).toMatchObject({
      code: 1,
      err: ["The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again. Nothing was saved."],
    });
    expect(await cli("--consortium", "no-such-consortium", "--trainees", latin1)).toMatchObject({ code: 1, err: ["There is no consortium “no-such-consortium”."] });
    expect(await cli("--consortium", t.slug, "--trainees", path.join(dir, "missing.csv"), "--locale", "en")).toMatchObject({ code: 1, err: [expect.stringContaining("Cannot read the file")] });
    expect((await cli("--trainees", latin1)).err[0]).toMatch(/^Usage: npm run import/);
    expect((await cli("--consortium", t.slug, "--trainees", latin1, "--locale", "de")).code).toBe(1);
  });

  it("the script itself runs against DATABASE_URL with the tenant set", () => {
    const other = spawnSync("npx", ["tsx", "scripts/import.ts", "--consortium", t.slug, "--trainees", EXAMPLES.trainees, "--dry-run", "--locale", "en"], {
      env: process.env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(other.stderr).toBe("");
    expect(other.status).toBe(0);
    expect(other.stdout).toContain("Trainees: 0 new, 0 changed, 5 unchanged");
  }, 90_000);
});
