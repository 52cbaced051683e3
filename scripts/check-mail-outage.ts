// `npm run check:mail-outage`: the mail provider fails (HTTP 500, then 429) and recovers, and some of
// its answers get lost after it has sent the mail. The outbox must keep every mail PENDING while it
// fails, retry on the backoff schedule without hammering the provider, send each mail exactly once
// when it is back (same idempotency key on every retry), and mark a mail that never goes through
// FAILED after MAX_ATTEMPTS. Exits 1 when a check fails.
//
// No app server: two delivery loops in this process call the worker's own deliverPendingEmails
// against a throwaway embedded PostgreSQL, as two instances' schedulers would (only faster); the
// server path is covered by `npm run check:instances`. Retries run on a 50 ms base
// (MAIL_RETRY_BASE_SECONDS) instead of 30 s, so the ten attempts of a hopeless mail take ~26 s.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { systemDb } from "../lib/db/client";
import { deliverPendingEmails, MAX_ATTEMPTS } from "../lib/email/deliver";
import { enqueueEmail } from "../lib/email/outbox";
import { prepareDatabase } from "./lib/database";
import { createFakeResend } from "./lib/faults/fake-resend";
import { reportBackoff } from "./lib/faults/mail-backoff";
import { checkAgainstFake, countBy, createChecks, listCounts, readOutbox } from "./lib/faults/mail-report";

const BASE_SECONDS = 0.05;
const DOMAIN = "mail-outage.example";
const MAILS = { ordinary: 12, lost: 4, refused: 1 };
/** Each phase lasts until every mail has been tried this often: attempts, not seconds, so a busy machine cannot skip one. */
const OUTAGE = [
  { mode: "error-500", untilAttempts: 3 },
  { mode: "rate-limit-429", untilAttempts: 5 },
] as const;
const POLL_MS = 10;
/** Small batches, so that both loops take part and one slow batch does not hold the rest back. */
const BATCH = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const checks = createChecks();

delete process.env.DATABASE_URL;
delete process.env.DATABASE_APP_URL;
const work = mkdtempSync(path.join(tmpdir(), "kohort-mail-outage-"));
const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false });
const fake = createFakeResend();
fake.refuse = (to) => to.startsWith("refused-");
fake.loseAnswer = (to) => to.startsWith("lost-");
// lib/env reads these on first use, which comes after this point.
Object.assign(process.env, {
  DATABASE_URL: db.ownerUrl,
  DATABASE_APP_URL: db.appUrl,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  RESEND_API_KEY: `re_fake_${randomBytes(8).toString("hex")}`,
  RESEND_BASE_URL: await fake.listen("worker"),
  MAIL_RETRY_BASE_SECONDS: String(BASE_SECONDS),
});

let stopped = false;
const deliveryLoop = async () => {
  while (!stopped) {
    await deliverPendingEmails(BATCH);
    await sleep(POLL_MS);
  }
};

async function snapshot(when: string) {
  const rows = await readOutbox(db.ownerUrl, `%@${DOMAIN}`);
  console.log(`   ${when}: ${listCounts(countBy(rows, (r) => r.status))}; attempts ${listCounts(countBy(rows, (r) => String(r.attempts)))}; ${fake.requests.length} POSTs at the fake, ${fake.deliveries.length} sent`);
  return rows;
}

try {
  const total = MAILS.ordinary + MAILS.lost + MAILS.refused;
  console.log(`\n== Mail outage: ${total} mails in the outbox (${MAILS.lost} whose answer gets lost, ${MAILS.refused} the provider never takes), two delivery loops, backoff base ${BASE_SECONDS * 1000} ms`);
  for (const [kind, count] of Object.entries(MAILS)) {
    for (let i = 0; i < count; i++) {
      const to = `${kind}-${String(i).padStart(2, "0")}@${DOMAIN}`;
      await enqueueEmail(systemDb(), { template: "sign-in", props: { url: `https://kohort.example/${kind}/${i}`, minutes: 15, code: "123456", codeMinutes: 10 }, to, locale: "sv", consortiumId: null });
    }
  }
  let rows = await snapshot("before");
  fake.mode = OUTAGE[0].mode;
  const started = Date.now();
  const loops = [deliveryLoop(), deliveryLoop()];
  for (const phase of OUTAGE) {
    fake.mode = phase.mode;
    const from = Date.now();
    while (Date.now() - started < 120_000 && rows.some((r) => r.attempts < phase.untilAttempts && r.status === "PENDING")) {
      await sleep(50);
      rows = await readOutbox(db.ownerUrl, `%@${DOMAIN}`);
    }
    rows = await snapshot(`after ${((Date.now() - from) / 1000).toFixed(1)} s of ${phase.mode}`);
    checks.check(rows.every((r) => r.status === "PENDING" && r.attempts >= phase.untilAttempts) && fake.deliveries.length === 0, `every mail still PENDING in the outbox and tried at least ${phase.untilAttempts} times, none sent`);
  }
  const outagePosts = fake.requests.length;
  fake.mode = "ok";
  console.log(`   provider recovers after ${((Date.now() - started) / 1000).toFixed(1)} s; ${outagePosts} POSTs during the outage for ${total} mails`);
  while (Date.now() - started < 120_000 && (await readOutbox(db.ownerUrl, `%@${DOMAIN}`)).some((r) => r.status === "PENDING")) await sleep(250);
  stopped = true;
  await Promise.all(loops);
  rows = await snapshot(`settled after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  console.log(`\n== Backoff as the provider saw it (time between one POST of a mail and its next)`);
  reportBackoff(checks, fake.requests, BASE_SECONDS);

  console.log(`\n== Exactly once`);
  const ofKind = (kind: string) => rows.filter((r) => r.to.startsWith(`${kind}-`));
  checks.check(ofKind("ordinary").every((r) => r.status === "SENT"), `${ofKind("ordinary").filter((r) => r.status === "SENT").length} of ${MAILS.ordinary} ordinary mails SENT after the outage`);
  const lost = ofKind("lost");
  const answers = lost.map((r) => fake.requests.filter((q) => q.key === `outbox-${r.id}`).map((q) => q.answer).join(" → "));
  console.log(`   lost answers, per mail: ${answers.map((a, i) => `${lost[i].to.split("@")[0]}: ${a}`).join("; ")}`);
  checks.check(lost.every((r) => r.status === "SENT" && r.attempts > 1), `${lost.filter((r) => r.status === "SENT").length} of ${MAILS.lost} mails whose answer was lost SENT, retried under the same key`);
  checkAgainstFake(checks, rows, fake);
  const perRecipient = countBy(fake.deliveries, (d) => d.to);
  checks.check([...perRecipient.values()].every((n) => n === 1), `mails delivered per recipient at the fake: ${listCounts(countBy([...perRecipient.values()], (n) => `${n}×`))}`);

  console.log(`\n== A mail the provider never takes`);
  for (const r of ofKind("refused")) {
    checks.check(r.status === "FAILED" && r.attempts === MAX_ATTEMPTS && Boolean(r.lastError), `${r.to}: ${r.status} after ${r.attempts} attempts (MAX_ATTEMPTS ${MAX_ATTEMPTS}), last error "${r.lastError}"`);
  }
} finally {
  stopped = true;
  await systemDb().$disconnect();
  await fake.close();
  await db.embedded?.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(checks.failed ? `\n${checks.failed} check(s) failed` : `\nall checks passed`);
process.exitCode = checks.failed ? 1 : 0;
