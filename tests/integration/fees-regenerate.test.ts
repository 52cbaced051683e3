import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { adjustInvoiceLineAction, generateInvoiceLinesAction, markInvoicedAction, updateFeeRuleAction } from "@/lib/fees/actions";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createEmployerIn, createEventIn, createHostedTrainee, createRuleIn, ruleInput } from "../support/fees";

// Generating again: untouched drafts follow the facts, lines people touched stay, drafts no longer
// due go. And the tier boundaries of turnover, a fee changed mid-year, amounts beyond the column.
const db = systemDb();

const generate = (tenant: TenantFixture, year = 2025) => generateInvoiceLinesAction.runAs(tenant.users.COORDINATOR, tenant.slug, { year });
const lineOf = (consortiumId: string, employerId: string, feeRuleId: string) =>
  db.invoiceLine.findFirst({ where: { consortiumId, employerId, feeRuleId, periodStart: new Date("2025-01-01") } });

describe("generating again", () => {
  let r: TenantFixture;
  const rule: Record<string, string> = {};
  let B: string;

  beforeAll(async () => {
    r = await createTenant("fee-regen");
    await db.employer.update({ where: { id: r.employerId }, data: { employeeCount: 10 } });
    B = await createEmployerIn(r.id, "B", { employeeCount: 200 });
    rule.tierLow = await createRuleIn(r.id, "MEMBERSHIP_TIER_EMPLOYEES", 2_500_000, { minThreshold: 0n, maxThreshold: 150n });
    rule.tierHigh = await createRuleIn(r.id, "MEMBERSHIP_TIER_EMPLOYEES", 4_500_000, { minThreshold: 150n });
    rule.posting = await createRuleIn(r.id, "PER_POSTING", 1_000_010);
    rule.oneOff = await createRuleIn(r.id, "ONE_OFF", 50_005, { validFrom: "2025-06-01", description: "Jubileum" });
    await createEventIn(r.id, r.employerId, "POSTING_PUBLISHED", "2025-03-01T09:00:00Z");
    expect(await generate(r)).toMatchObject({ ok: true, data: { created: 5 } });
  });

  it("updates untouched drafts, removes drafts no longer due, adds new ones, and keeps adjusted, invoiced and paid lines", async () => {
    const A = r.employerId;
    const adjusted = (await lineOf(r.id, A, rule.tierLow))!;
    const invoiced = (await lineOf(r.id, B, rule.tierHigh))!;
    const waived = (await lineOf(r.id, B, rule.oneOff))!;
    const coordinator = r.users.COORDINATOR;
    expect(await adjustInvoiceLineAction.runAs(coordinator, r.slug, { id: adjusted.id, amount: "20 000", reason: "Rabatt för ny medlem", locale: "sv" })).toMatchObject({ ok: true });
    expect(await adjustInvoiceLineAction.runAs(coordinator, r.slug, { id: waived.id, amount: "0", reason: "Befriad", locale: "sv" })).toMatchObject({ ok: true });
    expect(await markInvoicedAction.runAs(coordinator, r.slug, { ids: [invoiced.id] })).toMatchObject({ ok: true });
    const touchedLines = () => Promise.all([adjusted, invoiced, waived].map((l) => db.invoiceLine.findUniqueOrThrow({ where: { id: l.id } })));
    const touched = await touchedLines();

    // The schedule and the facts change after that.
    const tierHigh = ruleInput({ kind: "MEMBERSHIP_TIER_EMPLOYEES", amount: "46 000", minThreshold: "150", validFrom: "2020-01-01", id: rule.tierHigh });
    expect(await updateFeeRuleAction.runAs(coordinator, r.slug, tierHigh)).toMatchObject({ ok: true });
    await db.feeRule.update({ where: { id: rule.tierLow }, data: { amountMinor: 2_600_000 } });
    await db.feeRule.update({ where: { id: rule.oneOff }, data: { validFrom: new Date("2026-06-01") } });
    rule.hire = await createRuleIn(r.id, "PER_HIRE", 3_000_000);
    await createEventIn(r.id, A, "POSTING_PUBLISHED", "2025-09-01T09:00:00Z");
    await createEventIn(r.id, B, "TRAINEE_HIRED", "2025-05-05T09:00:00Z");

    const result = await generate(r);
    expect(result).toMatchObject({ ok: true, data: { created: 1, updated: 1, removed: 1, unchanged: 0, kept: 3 } });
    expect(await lineOf(r.id, A, rule.oneOff)).toBeNull();
    expect(await lineOf(r.id, A, rule.posting)).toMatchObject({ quantity: 2, unitAmountMinor: 1_000_010, amountMinor: 2_000_020, computedAmountMinor: 2_000_020 });
    expect(await lineOf(r.id, B, rule.hire)).toMatchObject({ quantity: 1, amountMinor: 3_000_000, status: "DRAFT" });
    // What a person decided stays as it was, even where the rule behind it changed or no longer applies.
    expect(await touchedLines()).toEqual(touched);
    expect(touched[0]).toMatchObject({ amountMinor: 2_000_000, computedAmountMinor: 2_500_000, unitAmountMinor: 2_500_000, adjustmentReason: "Rabatt för ny medlem" });
    expect(touched[1]).toMatchObject({ status: "INVOICED", unitAmountMinor: 4_500_000, amountMinor: 4_500_000 });
    expect(touched[2]).toMatchObject({ amountMinor: 0, computedAmountMinor: 50_005, adjustmentReason: "Befriad" });

    expect(await generate(r)).toMatchObject({ ok: true, data: { created: 0, updated: 0, removed: 0, unchanged: 2, kept: 3 } });
  });
});

describe("tiers by turnover", () => {
  it("chooses the tier whose [from, up to) holds the member's turnover, and lists members without one", async () => {
    const t = await createTenant("fee-turnover");
    await db.employer.update({ where: { id: t.employerId }, data: { name: "Just below", turnoverMinor: 2_499_999_999n } });
    const at = await createEmployerIn(t.id, "At the limit", { turnoverMinor: 2_500_000_000n });
    const top = await createEmployerIn(t.id, "Top", { turnoverMinor: 7_500_000_000n });
    const unknown = await createEmployerIn(t.id, "Unknown", {});
    const low = await createRuleIn(t.id, "MEMBERSHIP_TIER_TURNOVER", 2_500_000, { minThreshold: 0n, maxThreshold: 2_500_000_000n });
    const mid = await createRuleIn(t.id, "MEMBERSHIP_TIER_TURNOVER", 4_500_000, { minThreshold: 2_500_000_000n, maxThreshold: 7_500_000_000n });
    const high = await createRuleIn(t.id, "MEMBERSHIP_TIER_TURNOVER", 7_500_000, { minThreshold: 7_500_000_000n });
    const result = await generate(t);
    expect(result).toMatchObject({ ok: true, data: { created: 3, unbilled: [{ employerId: unknown, reason: "noFigure", kind: "MEMBERSHIP_TIER_TURNOVER" }] } });
    expect(await lineOf(t.id, t.employerId, low)).toMatchObject({ amountMinor: 2_500_000 });
    expect(await lineOf(t.id, at, mid)).toMatchObject({ amountMinor: 4_500_000 });
    expect(await lineOf(t.id, top, high)).toMatchObject({ amountMinor: 7_500_000 });
  });
});

describe("a flat fee changed mid-year", () => {
  it("bills each member once, by the fee in force on their first member day of the year", async () => {
    const t = await createTenant("fee-flat");
    const before = await createRuleIn(t.id, "MEMBERSHIP_FLAT", 1_000_000, { validUntil: "2025-06-30" });
    const after = await createRuleIn(t.id, "MEMBERSHIP_FLAT", 1_200_000, { validFrom: "2025-07-01" });
    const late = await createEmployerIn(t.id, "Joined in August", { memberSince: "2025-08-01" });
    const left = await createEmployerIn(t.id, "Left in February", { memberSince: "2019-01-01", memberUntil: "2025-02-01" });
    expect(await generate(t)).toMatchObject({ ok: true, data: { created: 3 } });
    const lines = await db.invoiceLine.findMany({ where: { consortiumId: t.id } });
    expect(lines.map((l) => [l.employerId, l.feeRuleId, l.amountMinor]).sort()).toEqual(
      [[t.employerId, before, 1_000_000], [late, after, 1_200_000], [left, before, 1_000_000]].sort(),
    );
  });
});

describe("a per-trainee fee changed mid-year", () => {
  it("bills each trainee once per member and year, by the fee in force on their first day there in the year", async () => {
    const t = await createTenant("fee-hosted");
    const before = await createRuleIn(t.id, "PER_TRAINEE_YEAR", 1_000_000, { validUntil: "2025-06-30" });
    const after = await createRuleIn(t.id, "PER_TRAINEE_YEAR", 1_200_000, { validFrom: "2025-07-01" });
    const A = t.employerId;
    const B = await createEmployerIn(t.id, "B");
    await createHostedTrainee(t.id, t.cohortId, [[A, "2024-09-01", "2025-08-31"]]); // all year at A: the old fee, once
    await createHostedTrainee(t.id, t.cohortId, [[A, "2025-09-01", "2026-08-31"]]); // from September: the new fee
    // At A until July, then at B: the old fee at A, the new one at B.
    await createHostedTrainee(t.id, t.cohortId, [[A, "2025-01-01", "2025-07-31"], [B, "2025-08-01", "2025-12-31"]]);
    // Away from A from March to August: still one trainee-year at A, by the fee of January.
    await createHostedTrainee(t.id, t.cohortId, [[A, "2025-01-01", "2025-02-28"], [B, "2025-03-01", "2025-08-31"], [A, "2025-09-01", "2025-12-31"]]);
    expect(await generate(t)).toMatchObject({ ok: true, data: { created: 4 } });
    const lines = await db.invoiceLine.findMany({ where: { consortiumId: t.id } });
    expect(lines.map((l) => [l.employerId === A ? "A" : "B", l.feeRuleId === before ? "before" : "after", l.quantity, l.amountMinor]).sort()).toEqual([
      ["A", "after", 1, 1_200_000],
      ["A", "before", 3, 3_000_000],
      ["B", "after", 1, 1_200_000],
      ["B", "before", 1, 1_000_000],
    ]);
  });
});

describe("an amount beyond the column", () => {
  it("refuses the year with a translated message and writes no line", async () => {
    const t = await createTenant("fee-big");
    await createRuleIn(t.id, "PER_POSTING", 2_000_000_000);
    await createEventIn(t.id, t.employerId, "POSTING_PUBLISHED", "2025-02-01T09:00:00Z");
    await createEventIn(t.id, t.employerId, "POSTING_PUBLISHED", "2025-03-01T09:00:00Z");
    expect(await generate(t)).toEqual({ ok: false, error: "validation", fieldErrors: { year: "validation.tooBig" } });
    expect(await db.invoiceLine.count({ where: { consortiumId: t.id } })).toBe(0);
  });
});
