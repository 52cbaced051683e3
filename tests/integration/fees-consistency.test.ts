import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { deleteFeeRuleAction, updateFeeRuleAction } from "@/lib/fees/actions";
import { markInvoiced } from "@/lib/fees/lines";
import type { FeeActor } from "@/lib/fees/rules";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createLineIn, createRuleIn, ruleInput } from "../support/fees";

// What was sent out stays as it was sent: a rule cannot be deleted from under a line being marked
// invoiced at the same moment, and a rule with invoiced or paid lines keeps its kind.
const db = systemDb();
let t: TenantFixture;
let actor: FeeActor;

beforeAll(async () => {
  t = await createTenant("fee-consistency");
  const c = await db.consortium.findUniqueOrThrow({ where: { id: t.id } });
  actor = { consortium: { id: c.id, currency: c.currency, defaultLocale: c.defaultLocale, timeZone: c.timeZone }, userId: t.users.COORDINATOR.id };
});

async function lineOfRule(ruleId: string, status: "DRAFT" | "INVOICED" = "DRAFT") {
  const id = await createLineIn(t, status);
  await db.invoiceLine.update({ where: { id }, data: { feeRuleId: ruleId } });
  return id;
}

/** Resolves once another session is waiting for a lock on the fees (advisory) or on a line. */
async function someoneWaits() {
  for (let i = 0; i < 200; i++) {
    const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE wait_event_type = 'Lock' AND (query LIKE '%pg_advisory_xact_lock%' OR query LIKE '%DELETE FROM%InvoiceLine%')`;
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the deletion never waited for the marking");
}

describe("deleting a rule while one of its lines is marked invoiced", () => {
  it("waits for the marking, then keeps the rule (invoiceLocked), so the invoiced line never loses it", async () => {
    const rule = await createRuleIn(t.id, "PER_POSTING", 100);
    const line = await lineOfRule(rule);
    let marked!: () => void;
    let release!: () => void;
    const isMarked = new Promise<void>((resolve) => (marked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // The marking's transaction stays open until the deletion has started and is waiting.
    const marking = withTenant(t.id, actor.userId, async (tx) => {
      await markInvoiced(tx, actor, [line]);
      marked();
      await released;
    });
    await isMarked;
    const deleting = deleteFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { id: rule });
    await someoneWaits();
    release();
    await marking;
    expect(await deleting).toEqual({ ok: false, error: "invoiceLocked" });
    expect(await db.feeRule.findUnique({ where: { id: rule } })).not.toBeNull();
    expect(await db.invoiceLine.findUniqueOrThrow({ where: { id: line } })).toMatchObject({ status: "INVOICED", feeRuleId: rule });
  });
});

describe("changing a rule's kind", () => {
  const update = (id: string, fields: Record<string, string> & { kind: "PER_POSTING" | "PER_HIRE" }) =>
    updateFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { ...ruleInput({ validFrom: "2020-01-01", ...fields }), id });
  const snapshot = async (id: string) => ({
    rule: await db.feeRule.findUniqueOrThrow({ where: { id } }),
    audits: await db.auditEvent.count({ where: { consortiumId: t.id, targetId: id } }),
  });

  it("is refused once the rule has an invoiced line (invoiceLocked), and nothing changes", async () => {
    const rule = await createRuleIn(t.id, "PER_POSTING", 10_000);
    await lineOfRule(rule, "INVOICED");
    const before = await snapshot(rule);
    expect(await update(rule, { kind: "PER_HIRE", amount: "100" })).toEqual({ ok: false, error: "invoiceLocked" });
    expect(await snapshot(rule)).toEqual(before);
    // The amount may still change: lines carry their own amounts.
    expect(await update(rule, { kind: "PER_POSTING", amount: "150" })).toMatchObject({ ok: true });
    expect(await db.feeRule.findUniqueOrThrow({ where: { id: rule } })).toMatchObject({ kind: "PER_POSTING", amountMinor: 15_000 });
  });

  it("is allowed while the rule has drafts only", async () => {
    const rule = await createRuleIn(t.id, "PER_POSTING", 10_000);
    await lineOfRule(rule, "DRAFT");
    expect(await update(rule, { kind: "PER_HIRE", amount: "100" })).toMatchObject({ ok: true });
    expect(await db.feeRule.findUniqueOrThrow({ where: { id: rule } })).toMatchObject({ kind: "PER_HIRE" });
  });
});
