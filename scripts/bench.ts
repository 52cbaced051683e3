// `npm run bench`: load figures for the public career site, the application deadline rush and the
// outcome dashboards (ten years of cohorts), on a throwaway embedded PostgreSQL with the demo data
// and a production build in .next-bench.
// Prints figures; asserts nothing (the targets are in README.md, "Benchmarks").
//
//   npm run bench -- [--skip-build] [--readers 50] [--seconds 15] [--no-reads] [--no-rush] [--no-dashboards] [--runs 200]
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedIfEmpty } from "../prisma/seed";
import { freePort } from "../lib/db/embedded";
import { prepareDatabase, throwawayServerEnv } from "./lib/database";
import { runDashboards } from "./lib/bench/dashboards";
import { runCareerReaders } from "./lib/bench/readers";
import { runDeadlineRush } from "./lib/bench/rush";
import { assertBuilt, buildApp, startServer, watchMemory } from "./lib/bench/server";
import { mib } from "./lib/bench/stats";

const { values: args } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    readers: { type: "string", default: "50" },
    seconds: { type: "string", default: "15" },
    "no-reads": { type: "boolean", default: false },
    "no-rush": { type: "boolean", default: false },
    "no-dashboards": { type: "boolean", default: false },
    runs: { type: "string", default: "200" },
  },
});
const DIST_DIR = ".next-bench";

// Always a fresh database: a DATABASE_URL from the shell or .env must never receive bench data.
delete process.env.DATABASE_URL;
delete process.env.DATABASE_APP_URL;
const work = mkdtempSync(path.join(tmpdir(), "kohort-bench-"));
const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false });
await seedIfEmpty(db.ownerUrl);
const port = await freePort(3200);
const appUrl = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = { ...throwawayServerEnv(db, appUrl, work), NEXT_DIST_DIR: DIST_DIR };
delete env.S3_BUCKET; // the rush's CVs are files in the run's own folder

const cleanUp = async () => {
  await db.embedded?.stop();
  rmSync(work, { recursive: true, force: true });
};
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  if (args["skip-build"]) assertBuilt(DIST_DIR);
  else buildApp(env);
  const server = await startServer(env, port);
  const memory = watchMemory(server.process.pid!);
  try {
    console.log(`\nKohort ${appUrl} (production build in ${DIST_DIR}), embedded PostgreSQL, demo data; ${availableParallelism()} cores`);
    printLoad("before");
    const reads = { url: server.url, pid: server.process.pid!, readers: Number(args.readers), seconds: Number(args.seconds) };
    if (!args["no-reads"]) await runCareerReaders(reads);
    if (!args["no-rush"]) await runDeadlineRush({ appUrl: server.url, ownerUrl: db.ownerUrl, distDir: DIST_DIR, storageDir: env.STORAGE_DIR!, serverLog: server.log, pid: server.process.pid! });
    if (!args["no-dashboards"]) await runDashboards({ ownerUrl: db.ownerUrl, appDbUrl: db.appUrl, appUrl: server.url, serverPid: server.process.pid!, runs: Number(args.runs) });
    console.log(`\nserver memory: peak RSS ${mib(memory.peak())} (sampled every 200 ms, all server processes), kernel high-water mark ${mib(memory.highWater())}`);
    printLoad("after");
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

/** Other work on the machine skews every figure: say how busy it was. */
function printLoad(when: string) {
  console.log(`machine load ${when}: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min) on ${availableParallelism()} cores`);
}
