import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createFeeRuleAction, deleteFeeRuleAction, setFeeBasisAction, updateFeeRuleAction } from "@/lib/fees/actions";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createLineIn, createRuleIn, ruleInput } from "../support/fees";

// The fee schedule: amounts typed in the coordinator's locale stored exactly, each kind, tiers that
// must not overlap, and bad input refused with a translated message and nothing written.
const db = systemDb();
let t: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("fee-rules"), createTenant("fee-rules-other")]);
});

const create = (input: Record<string, unknown>, tenant = t) => createFeeRuleAction.runAs(tenant.users.COORDINATOR, tenant.slug, input);
const snapshot = async (tenant = t) => ({
  rules: await db.feeRule.findMany({ where: { consortiumId: tenant.id }, orderBy: { id: "asc" } }),
  audits: await db.auditEvent.count({ where: { consortiumId: tenant.id } }),
});

describe("adding rules", () => {
  it.each([
    ["sv", "12 500,50", 1_250_050],
    ["nb", "12.500,50", 1_250_050],
    ["en", "12,500.50", 1_250_050],
    ["sv", "4,35", 435],
    ["en", "1.15", 115],
    ["sv", "0,07", 7],
    ["nb", "1 234 567,89 kr", 123_456_789],
    ["en", "30000", 3_000_000],
  ])("reads %s %s as %i minor units, with no float in between", async (locale, amount, minor) => {
    const result = await create(ruleInput({ kind: "PER_POSTING", amount, locale }));
    if (!result.ok) throw new Error(result.error);
    expect(await db.feeRule.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({ amountMinor: minor, kind: "PER_POSTING" });
  });

  it("stores each kind, tiers with their thresholds and a one-off item for one member, and audits it", async () => {
    const inputs = [
      ruleInput({ kind: "MEMBERSHIP_FLAT", amount: "30 000" }),
      ruleInput({ kind: "MEMBERSHIP_TIER_EMPLOYEES", amount: "25 000", minThreshold: "", maxThreshold: "150" }),
      ruleInput({ kind: "MEMBERSHIP_TIER_EMPLOYEES", amount: "45 000", minThreshold: "150", maxThreshold: "" }),
      ruleInput({ kind: "MEMBERSHIP_TIER_TURNOVER", amount: "25 000", minThreshold: "0", maxThreshold: "25 000 000,00" }),
      ruleInput({ kind: "PER_HIRE", amount: "30 000", validUntil: "2025-12-31" }),
      ruleInput({ kind: "PER_TRAINEE_YEAR", amount: "5 000" }),
      ruleInput({ kind: "ONE_OFF", amount: "2 000", employerId: t.employerId, description: "Jubileumsmiddag" }),
    ];
    const ids: string[] = [];
    for (const input of inputs) {
      const result = await create(input);
      if (!result.ok) throw new Error(`${input.kind}: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
      ids.push(result.data.id);
    }
    const rows = await db.feeRule.findMany({ where: { id: { in: ids } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids[1])).toMatchObject({ minThreshold: 0n, maxThreshold: 150n, amountMinor: 2_500_000 });
    expect(byId.get(ids[2])).toMatchObject({ minThreshold: 150n, maxThreshold: null });
    expect(byId.get(ids[3])).toMatchObject({ minThreshold: 0n, maxThreshold: 2_500_000_000n });
    expect(byId.get(ids[4])!.validUntil).toEqual(new Date("2025-12-31"));
    expect(byId.get(ids[5])).toMatchObject({ minThreshold: null, maxThreshold: null, employerId: null });
    expect(byId.get(ids[6])).toMatchObject({ employerId: t.employerId, description: "Jubileumsmiddag" });
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "fee.rule.create", targetId: { in: ids } } })).toBe(7);
  });
});

describe("bad input: a translated message and nothing written", () => {
  it.each([
    ["a negative amount", { kind: "PER_POSTING", amount: "-100" }, { amount: "invoices.validation.negative" }],
    ["a negative amount with a minus sign", { kind: "MEMBERSHIP_FLAT", amount: "\u22125 000,00" }, { amount: "invoices.validation.negative" }],
    ["a negative threshold", { kind: "MEMBERSHIP_TIER_EMPLOYEES", amount: "100", minThreshold: "-5" }, { minThreshold: "invoices.validation.negative" }],
    ["three decimals", { kind: "PER_POSTING", amount: "12,345" }, { amount: "invoices.validation.amount" }],
    ["no amount", { kind: "PER_POSTING", amount: "" }, { amount: "validation.required" }],
    ["an amount beyond the column", { kind: "PER_POSTING", amount: "30 000 000" }, { amount: "validation.tooBig" }],
    ["an upper limit below the lower", { kind: "MEMBERSHIP_TIER_EMPLOYEES", amount: "1", minThreshold: "150", maxThreshold: "150" }, { maxThreshold: "invoices.validation.thresholdOrder" }],
    ["a member on a fee that is not one-off", { kind: "PER_HIRE", amount: "1", employerId: "x" }, { employerId: "invoices.validation.employerOneOff" }],
    ["a one-off item without a text", { kind: "ONE_OFF", amount: "1" }, { description: "validation.required" }],
    ["an end before the start", { kind: "PER_HIRE", amount: "1", validUntil: "2024-12-31" }, { validUntil: "validation.endBeforeStart" }],
  ])("%s", async (_, fields, fieldErrors) => {
    const before = await snapshot();
    expect(await create(ruleInput(fields as never))).toEqual({ ok: false, error: "validation", fieldErrors });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a one-off item for another consortium's member as not found", async () => {
    const before = await snapshot();
    expect(await create(ruleInput({ kind: "ONE_OFF", description: "X", employerId: other.employerId }))).toMatchObject({ ok: false, error: "notFound" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("tiers", () => {
  let tiers: TenantFixture;
  const tier = (min: string, max: string, extra: Record<string, string> = {}) =>
    ruleInput({ kind: "MEMBERSHIP_TIER_EMPLOYEES", amount: "1 000", minThreshold: min, maxThreshold: max, ...extra });

  beforeAll(async () => {
    tiers = await createTenant("fee-tiers");
    for (const input of [tier("0", "150"), tier("150", "")]) expect((await create(input, tiers)).ok).toBe(true);
  });

  it.each([
    ["a range inside another", tier("100", "300")],
    ["an open-ended range above an open-ended one", tier("500", "")],
    ["the same range from a later date", tier("0", "150", { validFrom: "2026-01-01" })],
  ])("refuses %s with feeTierOverlap and writes nothing", async (_, input) => {
    const before = await snapshot(tiers);
    expect(await create(input, tiers)).toMatchObject({ ok: false, error: "feeTierOverlap" });
    expect(await snapshot(tiers)).toEqual(before);
  });

  it("accepts the same range for another period, and the same numbers for turnover", async () => {
    expect((await create(tier("0", "150", { validFrom: "2019-01-01", validUntil: "2024-12-31" }), tiers)).ok).toBe(true);
    expect((await create({ ...tier("0", "150"), kind: "MEMBERSHIP_TIER_TURNOVER" }, tiers)).ok).toBe(true);
  });

  it("refuses an edit that makes a tier overlap its neighbour, and leaves the rule as it was", async () => {
    const upper = await db.feeRule.findFirstOrThrow({ where: { consortiumId: tiers.id, kind: "MEMBERSHIP_TIER_EMPLOYEES", minThreshold: 150n } });
    const before = await snapshot(tiers);
    const result = await updateFeeRuleAction.runAs(tiers.users.COORDINATOR, tiers.slug, { ...tier("149", ""), id: upper.id });
    expect(result).toMatchObject({ ok: false, error: "feeTierOverlap" });
    expect(await snapshot(tiers)).toEqual(before);
    const moved = await updateFeeRuleAction.runAs(tiers.users.COORDINATOR, tiers.slug, { ...tier("150", "", { amount: "47 500,25" }), id: upper.id });
    expect(moved.ok).toBe(true);
    expect(await db.feeRule.findUniqueOrThrow({ where: { id: upper.id } })).toMatchObject({ amountMinor: 4_750_025, minThreshold: 150n });
  });
});

describe("deleting a rule", () => {
  it("removes the rule and its draft lines", async () => {
    const id = await createRuleIn(t.id, "PER_POSTING", 100);
    const line = await db.invoiceLine.update({ where: { id: await createLineIn(t) }, data: { feeRuleId: id } });
    expect(await deleteFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { id })).toMatchObject({ ok: true });
    expect(await db.feeRule.findUnique({ where: { id } })).toBeNull();
    expect(await db.invoiceLine.findUnique({ where: { id: line.id } })).toBeNull();
  });

  it("keeps a rule that has invoiced lines (invoiceLocked), and the lines with it", async () => {
    const id = await createRuleIn(t.id, "PER_POSTING", 100);
    const draft = await createLineIn(t, "DRAFT", { year: 2031 });
    const invoiced = await createLineIn(t, "INVOICED", { year: 2032 });
    await db.invoiceLine.updateMany({ where: { id: { in: [draft, invoiced] } }, data: { feeRuleId: id } });
    expect(await deleteFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { id })).toMatchObject({ ok: false, error: "invoiceLocked" });
    expect(await db.feeRule.findUnique({ where: { id } })).not.toBeNull();
    expect(await db.invoiceLine.count({ where: { id: { in: [draft, invoiced] } } })).toBe(2);
  });
});

describe("members' figures for tiers", () => {
  it("stores the employee count and turnover as typed, and clears them when emptied", async () => {
    const set = (employeeCount: string, turnover: string) =>
      setFeeBasisAction.runAs(t.users.COORDINATOR, t.slug, { employerId: t.employerId, employeeCount, turnover, locale: "sv" });
    expect(await set("1 250", "25 000 000,01")).toMatchObject({ ok: true });
    expect(await db.employer.findUniqueOrThrow({ where: { id: t.employerId } })).toMatchObject({ employeeCount: 1250, turnoverMinor: 2_500_000_001n });
    expect(await set("-3", "-1")).toEqual({ ok: false, error: "validation", fieldErrors: { employeeCount: "invoices.validation.negative", turnover: "invoices.validation.negative" } });
    expect(await db.employer.findUniqueOrThrow({ where: { id: t.employerId } })).toMatchObject({ employeeCount: 1250 });
    expect(await set("", "")).toMatchObject({ ok: true });
    expect(await db.employer.findUniqueOrThrow({ where: { id: t.employerId } })).toMatchObject({ employeeCount: null, turnoverMinor: null });
  });
});
