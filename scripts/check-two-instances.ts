// `npm run check:instances`: the deadline rush against TWO production servers on one database,
// behind HAProxy and through PgBouncer in transaction mode (both from Debian, installed when
// missing; their production files in scripts/production/), with a fake Resend as the mail provider
// of both. Checks that no application is stored twice or lost, that one session works on both
// instances, that the outbox is drained exactly once between the two workers (FOR UPDATE SKIP
// LOCKED + idempotency keys), and that the timed jobs ran once per tick. Exits 1 when a check
// fails. Throwaway embedded PostgreSQL with the demo data; the build lives in .next-faults-mail.
//
//   npm run check:instances -- [--skip-build] [--dist-dir DIR]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedIfEmpty } from "../prisma/seed";
import { freePort } from "../lib/db/embedded";
import { prepareDatabase, throwawayServerEnv } from "./lib/database";
import { RUSH_DOMAIN } from "./lib/bench/rush-data";
import { runDeadlineRush } from "./lib/bench/rush";
import { assertBuilt, buildApp, startServer, type RunningServer } from "./lib/bench/server";
import { createFakeResend } from "./lib/faults/fake-resend";
import { checkSessions, waitForOutbox } from "./lib/faults/instances-checks";
import { checkJobTicks } from "./lib/faults/job-ticks";
import { checkAgainstFake, countBy, createChecks, listCounts, readOutbox } from "./lib/faults/mail-report";
import { HAPROXY, startHaproxy, type RunningHaproxy } from "./lib/production/haproxy";
import { PGBOUNCER, startPgBouncer } from "./lib/production/pgbouncer";
import { topologyNodeFlags } from "./lib/production/topology";
import { ensureDebianTools } from "./lib/debian";

// `--dist-dir` lets `npm test` reuse the build its end-to-end tests have just made.
const { values: args } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, "dist-dir": { type: "string", default: ".next-faults-mail" } },
});
const DIST_DIR = args["dist-dir"];
const LABELS = ["A", "B"];

// Always a fresh database: a DATABASE_URL from the shell or .env must never receive this data.
delete process.env.DATABASE_URL;
delete process.env.DATABASE_APP_URL;
const work = mkdtempSync(path.join(tmpdir(), "kohort-instances-"));
ensureDebianTools([HAPROXY, PGBOUNCER], "npm run check:instances");
const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false });
await seedIfEmpty(db.ownerUrl);
const fake = createFakeResend();
// Migrations and the seed went straight to PostgreSQL; the instances go through PgBouncer.
const bouncer = await startPgBouncer(db.ownerUrl, [db.ownerUrl, db.appUrl]);
const haproxyPort = await freePort(3310);
const appUrl = `http://127.0.0.1:${haproxyPort}`;
// One secret, one public URL, one upload folder (standing in for a shared bucket) for both.
const shared: NodeJS.ProcessEnv = {
  ...throwawayServerEnv(db, appUrl, work),
  DATABASE_URL: bouncer.via(db.ownerUrl),
  DATABASE_APP_URL: bouncer.via(db.appUrl),
  NEXT_DIST_DIR: DIST_DIR,
  RESEND_API_KEY: `re_fake_${randomBytes(8).toString("hex")}`,
  // Behind HAProxy, as in production (scripts/production/supervisord.conf).
  TRUSTED_PROXIES: "1",
};
delete shared.S3_BUCKET;
delete shared.ENABLE_DEV_MAILBOX;

const servers: RunningServer[] = [];
const checks = createChecks();
let haproxy: RunningHaproxy | null = null;
const cleanUp = async () => {
  await haproxy?.stop();
  await Promise.all(servers.map((s) => s.stop()));
  await bouncer.stop();
  await fake.close();
  await db.embedded?.stop();
  rmSync(work, { recursive: true, force: true });
};
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  if (args["skip-build"]) assertBuilt(DIST_DIR);
  else buildApp(shared);
  // Each instance has its own door into the fake, which is how the fake tells who sent a mail.
  const startedAt = Date.now();
  for (const label of LABELS) {
    const port = await freePort(label === "A" ? 3311 : 3312);
    servers.push(await startServer({ ...shared, RESEND_BASE_URL: await fake.listen(label) }, port, topologyNodeFlags()));
  }
  haproxy = await startHaproxy(servers.map((s) => new URL(s.url).host), haproxyPort);
  const front = haproxy;
  // The rush's report reads the server log from one array: both instances write into it.
  const log: string[] = [];
  for (const s of servers) for (const stream of [s.process.stdout, s.process.stderr]) stream?.on("data", (c: Buffer) => log.push(...c.toString("utf8").split("\n").filter(Boolean)));
  try {
    console.log(`\nKohort: two production servers (${DIST_DIR}) ${servers.map((s, i) => `${LABELS[i]} ${s.url}`).join(", ")} behind HAProxy ${front.url}`);
    console.log(`one embedded PostgreSQL with the demo data behind PgBouncer (transaction mode, port ${bouncer.port}), one AUTH_SECRET, a fake Resend for each instance`);
    const rushPassed = (await runDeadlineRush({ appUrl: front.url, ownerUrl: db.ownerUrl, distDir: DIST_DIR, storageDir: shared.STORAGE_DIR!, serverLog: log, pid: servers.map((s) => s.process.pid!) }))?.checksPassed ?? false;
    checks.check(rushPassed, "the rush's own checks (stored once, none lost, audit events, one confirmation mail each)");
    const balanced = await front.stats();
    console.log(`   HAProxy: ${balanced.map((s, i) => `instance ${LABELS[i]} ${s.requests} requests`).join(", ")}`);
    checks.check(balanced.length === LABELS.length && balanced.every((s) => s.requests > 0), "HAProxy sent requests to both instances");

    console.log(`\n== Sessions in PostgreSQL: one cookie, both instances`);
    await checkSessions(checks, db.ownerUrl, servers.map((s, i) => ({ label: LABELS[i], url: s.url })));

    console.log(`\n== The outbox, drained by both instances' workers`);
    const waited = await waitForOutbox(db.ownerUrl, 120_000);
    const rows = await readOutbox(db.ownerUrl);
    const rushRows = rows.filter((r) => r.to.endsWith(`@${RUSH_DOMAIN}`));
    console.log(`   outbox drained ${(waited / 1000).toFixed(1)} s after the rush: ${rows.length} rows (${rushRows.length} rush confirmations), ${listCounts(countBy(rows, (r) => r.status))}`);
    checks.check(rows.every((r) => r.status === "SENT" && r.attempts === 1), `every outbox row SENT, each claimed once (attempts: ${listCounts(countBy(rows, (r) => String(r.attempts)))})`);
    checkAgainstFake(checks, rows, fake);
    const bySender = countBy(fake.deliveries, (d) => d.sender);
    console.log(`   delivered by instance: ${LABELS.map((l) => `${l} ${bySender.get(l) ?? 0}`).join(", ")}`);
    checks.check(LABELS.every((l) => (bySender.get(l) ?? 0) > 0), "both instances' workers drained some of the outbox");

    console.log(`\n== Timed jobs: once per tick across both instances`);
    await checkJobTicks(checks, db.ownerUrl, startedAt);
    if (checks.failed) {
      for (const [i, s] of servers.entries()) console.error(`\n-- instance ${LABELS[i]}, last lines:\n${s.log.slice(-15).join("\n")}`);
      console.error(`\n-- PgBouncer, last lines:\n${bouncer.logTail(30)}`);
    }
  } catch (error) {
    for (const s of servers) console.error(s.log.slice(-20).join("\n"));
    throw error;
  }
} finally {
  await cleanUp();
}
console.log(checks.failed ? `\n${checks.failed} check(s) failed` : `\nall checks passed`);
process.exitCode = checks.failed ? 1 : 0;
