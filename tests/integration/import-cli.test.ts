import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { listMigrations } from "@/lib/db/migrate";
import { runImportCli } from "@/lib/import/cli";
import { openImportDatabase, pendingMigrations, runningEmbeddedPort } from "@/lib/import/database";
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
      "Traineer, rad 2, kolonne gender: «female» er ikke tillatt her. Bruk en av: kvinne, mann, annet, ukjent.",
      "Traineer, rad 3, kolonne cohort_end: «2022-02-30» er ikke en dato som finnes. Skriv datoer som ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ, f.eks. 2023-08-31 eller 31.8.2023.",
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

/** The script spawned as `npm run import` runs it, with the environment given. */
function script(env: NodeJS.ProcessEnv, ...argv: string[]) {
  return spawnSync("npx", ["tsx", "scripts/import.ts", ...argv], { env, encoding: "utf8", timeout: 60_000 });
}

/** The app role's stored password hash: ALTER ROLE … PASSWORD writes a new one (a new salt) even for the same password. */
async function appRolePassword(): Promise<string> {
  const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
  try {
    return (await owner.query<{ p: string }>("SELECT rolpassword AS p FROM pg_authid WHERE rolname = 'kohort_app'")).rows[0].p;
  } finally {
    await owner.end();
  }
}

describe("the import's database: never migrated, no role touched", () => {
  it("with only DATABASE_URL it connects as the documented app role and alters no role", async () => {
    const before = await appRolePassword();
    const env = { ...process.env };
    delete env.DATABASE_APP_URL;
    const run = script(env, "--consortium", t.slug, "--trainees", EXAMPLES.trainees, "--dry-run", "--locale", "en");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Trainees: 0 new, 0 changed, 5 unchanged");
    expect(await appRolePassword()).toBe(before);
  }, 90_000);

  it("refuses a database that lacks migrations, exits 1, and leaves it and the roles as they were", async () => {
    const name = `kohort_import_${process.pid}_${Date.now()}`;
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    await owner.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const migrations = (await listMigrations()).map((m) => m.name);
      expect(await pendingMigrations(url.toString())).toEqual(migrations);
      expect(await pendingMigrations(process.env.DATABASE_URL!)).toEqual([]);
      const before = await appRolePassword();
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url.toString() };
      delete env.DATABASE_APP_URL;
      const run = script(env, "--consortium", t.slug, "--trainees", EXAMPLES.trainees, "--locale", "en");
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        `The database lacks ${migrations.length} migrations (${migrations.join(", ")}). Run npm run db:migrate first: the import never changes the database’s structure. Nothing was imported.`,
      );
      const fresh = new pg.Client({ connectionString: url.toString() });
      await fresh.connect();
      const tables = await fresh.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      await fresh.end();
      expect(tables.rows).toEqual([]);
      expect(await appRolePassword()).toBe(before);
    } finally {
      await owner.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await owner.end();
    }
  }, 90_000);

  it("without DATABASE_URL: the server npm run dev runs, by its postmaster.pid; no development database is a clear refusal", async () => {
    const dev = mkdtempSync(path.join(tmpdir(), "kohort-dev-"));
    expect(runningEmbeddedPort(dev)).toBeNull();
    expect(await openImportDatabase({}, dev, 54329)).toEqual({ problem: "noDevDatabase" });
    // A live process and its port: that server is used (here the test server, whose pid file this mimics).
    const port = Number(new URL(process.env.DATABASE_URL!).port);
    writeFileSync(path.join(dev, "postmaster.pid"), `${process.pid}\n${dev}\n0\n${port}\n/tmp\n127.0.0.1\n`);
    expect(runningEmbeddedPort(dev)).toBe(port);
    // A stale file (the server is gone) means none runs, and a folder without a cluster is not started.
    const gone = spawnSync("true").pid;
    writeFileSync(path.join(dev, "postmaster.pid"), `${gone}\n${dev}\n0\n${port}\n`);
    expect(runningEmbeddedPort(dev)).toBeNull();
    expect(await openImportDatabase({}, dev, 54329)).toEqual({ problem: "noDevDatabase" });
  });
});
