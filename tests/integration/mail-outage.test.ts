import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { systemDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { deliverPendingEmails, MAX_ATTEMPTS } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { createFakeResend } from "../../scripts/lib/faults/fake-resend";

// The mail worker against a provider that fails: a fake Resend in this process, on a database of
// this file's own — other test files deliver the shared outbox, and a failing provider must not
// touch their mail (nor they claim this file's).
// Long enough that the "not due yet" call comes before the mail is due even on a loaded machine.
const BASE_MS = 2000;
const fake = createFakeResend();
const server = new URL(process.env.DATABASE_URL!);
const database = `kohort_mail_${randomUUID().slice(0, 8)}`;

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE ${database}`);
  const own = new URL(server);
  own.pathname = `/${database}`;
  await applyMigrations(own.toString());
  // lib/env reads these when first used, which is after this point.
  vi.stubEnv("DATABASE_URL", own.toString());
  vi.stubEnv("RESEND_API_KEY", "re_fake_integration");
  vi.stubEnv("RESEND_BASE_URL", await fake.listen("test"));
  vi.stubEnv("MAIL_RETRY_BASE_SECONDS", String(BASE_MS / 1000));
});

afterEach(async () => {
  fake.mode = "ok";
  fake.refuse = () => false;
  fake.loseAnswer = () => false;
  await systemDb().outboxEmail.deleteMany();
});

afterAll(async () => {
  await systemDb().$disconnect();
  await fake.close();
  vi.unstubAllEnvs();
  await onServer(`DROP DATABASE ${database} WITH (FORCE)`);
});

async function enqueue(label: string) {
  const to = `${label}-${randomUUID().slice(0, 8)}@outage.test`;
  await enqueueEmail(systemDb(), { template: "sign-in", props: { url: "https://x.example/link", minutes: 15, code: "123456", codeMinutes: 10 }, to, locale: "en", consortiumId: null });
  return systemDb().outboxEmail.findFirstOrThrow({ where: { to } });
}

const reload = (id: string) => systemDb().outboxEmail.findUniqueOrThrow({ where: { id } });
const postsOf = (id: string) => fake.requests.filter((r) => r.key === `outbox-${id}`);
const deliveriesTo = (to: string) => fake.deliveries.filter((d) => d.to === to);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("mail outage", () => {
  it("keeps mail PENDING while the provider fails, retries on the backoff and never before it, then sends it once", async () => {
    const mail = await enqueue("outage");
    fake.mode = "error-500";
    const before = Date.now();
    expect(await deliverPendingEmails()).toBe(0);
    let row = await reload(mail.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.stringContaining("internal_server_error") });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + BASE_MS);

    // Not due yet: no claim, no request to the provider.
    await deliverPendingEmails();
    expect(postsOf(mail.id)).toHaveLength(1);

    fake.mode = "rate-limit-429";
    await sleep(BASE_MS + 10);
    const second = Date.now();
    await deliverPendingEmails();
    row = await reload(mail.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 2, lastError: expect.stringContaining("rate_limit_exceeded") });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(second + 2 * BASE_MS);

    fake.mode = "ok";
    await sleep(2 * BASE_MS + 10);
    expect(await deliverPendingEmails()).toBe(1);
    row = await reload(mail.id);
    const sent = deliveriesTo(mail.to);
    expect(row).toMatchObject({ status: "SENT", attempts: 3, lastError: null, providerId: sent[0]?.id });
    expect(sent).toHaveLength(1);
    expect(postsOf(mail.id).map((p) => p.answer)).toEqual([500, 429, 200]);
  });

  it("retries a mail whose answer was lost under the same idempotency key, and the provider sends it once", async () => {
    const mails = [await enqueue("lost"), await enqueue("lost")];
    fake.loseAnswer = (to) => to.startsWith("lost-");
    expect(await deliverPendingEmails()).toBe(0);
    expect(mails.map((m) => deliveriesTo(m.to).length)).toEqual([1, 1]);
    expect((await Promise.all(mails.map((m) => reload(m.id)))).map((r) => r.status)).toEqual(["PENDING", "PENDING"]);

    await sleep(BASE_MS + 10);
    expect(await deliverPendingEmails()).toBe(2);
    for (const mail of mails) {
      const posts = postsOf(mail.id);
      expect(posts.map((p) => p.answer)).toEqual([expect.anything(), 200]);
      expect(new Set(posts.map((p) => p.key))).toEqual(new Set([`outbox-${mail.id}`]));
      expect(deliveriesTo(mail.to)).toHaveLength(1);
      expect(await reload(mail.id)).toMatchObject({ status: "SENT", attempts: 2, providerId: deliveriesTo(mail.to)[0].id });
    }
    expect(mails.map((m) => postsOf(m.id)[0].answer).sort()).toEqual([500, "dropped"].sort());
  });

  it("lets workers running at once claim each mail once", async () => {
    const mails = await Promise.all(Array.from({ length: 12 }, () => enqueue("pair")));
    const delivered = await Promise.all([deliverPendingEmails(5), deliverPendingEmails(5), deliverPendingEmails(5)]);
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(12);
    for (const mail of mails) {
      expect(postsOf(mail.id)).toHaveLength(1);
      expect(await reload(mail.id)).toMatchObject({ status: "SENT", attempts: 1 });
    }
  });

  it("marks a mail FAILED after MAX_ATTEMPTS, keeps it with its last error, and stops trying", async () => {
    const mail = await enqueue("refused");
    fake.refuse = (to) => to === mail.to;
    await systemDb().outboxEmail.update({ where: { id: mail.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await deliverPendingEmails();
    expect(await reload(mail.id)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: expect.stringContaining("internal_server_error") });
    await systemDb().outboxEmail.update({ where: { id: mail.id }, data: { nextAttemptAt: new Date(0) } });
    await deliverPendingEmails();
    expect(postsOf(mail.id)).toHaveLength(1);
  });
});
