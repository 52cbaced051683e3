import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appDb, systemDb } from "@/lib/db/client";
import { deliverPendingEmails } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";

describe("email outbox", () => {
  it("renders translated mail and delivers each exactly once, even with two workers at once", async () => {
    const to = `mail-${randomUUID().slice(0, 8)}@test.example`;
    for (let i = 0; i < 6; i++) {
      await enqueueEmail(appDb(), { template: "sign-in", props: { url: `https://x.example/${i}`, minutes: 15, code: "123456", codeMinutes: 10 }, to, locale: "sv", consortiumId: null });
    }
    const first = await systemDb().outboxEmail.findFirstOrThrow({ where: { to } });
    expect(first.subject).toMatch(/Kohort/);
    expect(first.text).toContain("15");
    await Promise.all([deliverPendingEmails(4), deliverPendingEmails(4), deliverPendingEmails(4)]);
    // Other test workers' actions also kick delivery and may hold a claim a moment longer.
    let rows = await systemDb().outboxEmail.findMany({ where: { to } });
    for (let i = 0; i < 50 && rows.some((r) => r.status !== "SENT"); i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await systemDb().outboxEmail.findMany({ where: { to } });
    }
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill("SENT"));
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
  });

  it("lets the app role add mail of no consortium but not read the outbox back", async () => {
    const to = `hidden-${randomUUID().slice(0, 8)}@test.example`;
    await enqueueEmail(appDb(), { template: "sign-in", props: { url: "https://x.example", minutes: 15, code: "123456", codeMinutes: 10 }, to, locale: "en", consortiumId: null });
    expect(await appDb().outboxEmail.count({ where: { to } })).toBe(0);
    expect(await systemDb().outboxEmail.count({ where: { to } })).toBe(1);
  });
});
