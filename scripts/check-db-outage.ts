// `npm run check:db-outage [-- --skip-build]`: the deadline rush with PostgreSQL stopped in the
// middle and started again (decision 0023), on a throwaway embedded PostgreSQL with the demo data
// and a production build in .next-faults-db. Prints what the app answered during the outage, how
// soon it recovered without a restart, and what was stored; exits 1 when a check fails.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedIfEmpty } from "../prisma/seed";
import { freePort } from "../lib/db/embedded";
import { throwawayServerEnv } from "./lib/database";
import { assertBuilt, buildApp, startServer } from "./lib/bench/server";
import { runOutageRush } from "./lib/faults/outage-rush";
import { startRestartablePostgres } from "./lib/faults/postgres";

// `--dist-dir` lets `npm test` reuse the build its end-to-end tests have just made.
const { values: args } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, "dist-dir": { type: "string", default: ".next-faults-db" } },
});
const DIST_DIR = args["dist-dir"];

// Always a database of its own: this check stops it.
delete process.env.DATABASE_URL;
delete process.env.DATABASE_APP_URL;
const work = mkdtempSync(path.join(tmpdir(), "kohort-db-outage-"));
const started = performance.now();
const postgres = await startRestartablePostgres(path.join(work, "pg"));
await seedIfEmpty(postgres.ownerUrl);
const port = await freePort(3300);
const appUrl = `http://127.0.0.1:${port}`;
const prepared = { ownerUrl: postgres.ownerUrl, appUrl: postgres.appUrl, embedded: null, applied: [] };
const env: NodeJS.ProcessEnv = { ...throwawayServerEnv(prepared, appUrl, work), NEXT_DIST_DIR: DIST_DIR };
delete env.S3_BUCKET; // the rush's CVs are files in the run's own folder

const cleanUp = async () => {
  if (postgres.isRunning()) await postgres.stop();
  rmSync(work, { recursive: true, force: true });
};
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

let passed = false;
try {
  if (args["skip-build"]) assertBuilt(DIST_DIR);
  else buildApp(env);
  const server = await startServer(env, port);
  try {
    console.log(`\nKohort ${appUrl} (production build in ${DIST_DIR}, pid ${server.process.pid}), embedded PostgreSQL with the demo data`);
    passed = await runOutageRush({
      appUrl: server.url,
      distDir: DIST_DIR,
      storageDir: env.STORAGE_DIR!,
      postgres,
      serverAlive: () => server.process.exitCode === null,
    });
    const told = server.log.filter((line) => /\[kohort\] database (unreachable|reachable again)/.test(line));
    console.log(`   the server's own account: ${told.length ? told.map((line) => line.replace(/^.*\[kohort\] /, "")).join(" | ") : "nothing"}`);
  } catch (error) {
    console.error(server.log.slice(-40).join("\n"));
    throw error;
  } finally {
    await server.stop();
  }
} finally {
  await cleanUp();
}
console.log(`\n${passed ? "all checks passed" : "A CHECK FAILED"} (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
process.exit(passed ? 0 : 1);
