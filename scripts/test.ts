// `npm test`: every test against real parts — a fresh embedded PostgreSQL (or DATABASE_URL), unit
// and integration tests (Vitest), a production build, and the end-to-end suite in Chromium
// (Playwright). Prints one closing line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { seedIfEmpty } from "../prisma/seed";
import { ensureChromium } from "./lib/chromium";
import { freePort } from "../lib/db/embedded";
import { exitOnSetupError, loadDotEnv, prepareDatabase, throwawayServerEnv } from "./lib/database";

loadDotEnv();
const only = process.argv[2] as "unit" | "integration" | "e2e" | "checks" | undefined;
// Anything after the layer goes to its runner, e.g. `npm run test:e2e -- tests/e2e/postings.spec.ts`.
const passThrough = process.argv.slice(3);
const work = mkdtempSync(path.join(tmpdir(), "kohort-test-"));
const started = Date.now();
const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false }).catch(exitOnSetupError);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await db.embedded?.stop();
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
// Demo data first: the e2e tests sign in as the demo accounts; other tests make their own data.
await seedIfEmpty(db.ownerUrl);
// Any free port: a fixed one found free now may be taken by another checkout during the build.
const port = await freePort();
const appUrl = `http://127.0.0.1:${port}`;
const env = {
  ...throwawayServerEnv(db, appUrl, work),
  PORT: String(port),
  ENABLE_DEV_MAILBOX: "1",
  // Every e2e sign-in comes from 127.0.0.1; the per-address limit stays as in production.
  SIGN_IN_LIMIT_PER_IP: "1000",
};

function run(command: string, args: string[], extra: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extra } });
  return result.status === 0;
}

const counts = { passed: 0, failed: 0 };
/** Each fault check, and whether it runs against the production build. */
const CHECKS: [string, boolean][] = [
  ["scripts/check-mail-outage.ts", false],
  ["scripts/check-db-outage.ts", true],
  ["scripts/check-two-instances.ts", true],
];
let ok = true;
try {
  if (!only || only === "unit" || only === "integration") {
    const report = path.join(work, "vitest.json");
    const projects = only ? ["--project", only] : [];
    ok = run("npx", ["vitest", "run", ...projects, ...passThrough, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]) && ok;
    if (existsSync(report)) {
      const r = JSON.parse(readFileSync(report, "utf8"));
      counts.passed += r.numPassedTests;
      counts.failed += r.numFailedTests;
    } else {
      ok = false;
      counts.failed += 1; // the runner itself failed before reporting
    }
  }
  if (!only || only === "e2e") {
    const chromium = ensureChromium();
    const built = run("npx", ["next", "build"], { NODE_ENV: "production" });
    ok = built && ok;
    if (!built) counts.failed += 1;
    if (built) {
      const report = path.join(work, "playwright.json");
      ok = run("npx", ["playwright", "test", ...passThrough], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: report }) && ok;
      if (existsSync(report)) {
        const stats = JSON.parse(readFileSync(report, "utf8")).stats;
        counts.passed += stats.expected + stats.flaky;
        counts.failed += stats.unexpected;
      } else {
        ok = false;
        counts.failed += 1; // the runner itself failed before reporting
      }
    }
  }
  // The fault checks of docs/performance.md that are short enough for every run: mail provider
  // down, PostgreSQL stopped during the deadline rush, two instances behind HAProxy and PgBouncer. They reuse
  // the end-to-end build (or make one when run alone) and each counts as one test.
  if (!only || only === "checks") {
    const distDir = process.env.NEXT_DIST_DIR ?? ".next";
    const built = only !== "checks" || run("npx", ["next", "build"], { NODE_ENV: "production" });
    for (const [script, args] of CHECKS) {
      const passed = built && run("npx", ["tsx", script, ...(args ? ["--skip-build", "--dist-dir", distDir] : [])]);
      counts[passed ? "passed" : "failed"] += 1;
      ok = passed && ok;
    }
  }
} finally {
  await db.embedded?.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nTests finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
