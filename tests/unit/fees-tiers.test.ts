import { describe, expect, it } from "vitest";
import { periodOf } from "@/lib/fees/period";
import { billingDay, membershipBillingDay, tierMatches, tiersOverlap, type Tier } from "@/lib/fees/tiers";

// Tiers of one kind may not both claim a value on a day; a yearly fee (a membership, a trainee-year)
// is judged on one day.
const tier = (min: bigint, max: bigint | null, from = "2025-01-01", to: string | null = null): Tier => ({ min, max, validity: { from, to } });

describe("tiers", () => {
  it("overlap when their values and their days both meet", () => {
    expect(tiersOverlap(tier(0n, 150n), tier(100n, 300n))).toBe(true);
    expect(tiersOverlap(tier(150n, null), tier(500n, null))).toBe(true);
    expect(tiersOverlap(tier(0n, null), tier(0n, 1n))).toBe(true);
    expect(tiersOverlap(tier(0n, 150n, "2025-01-01", "2025-06-30"), tier(0n, 150n, "2025-06-30"))).toBe(true);
  });

  it("do not overlap when adjacent in value or in time", () => {
    expect(tiersOverlap(tier(0n, 150n), tier(150n, null))).toBe(false);
    expect(tiersOverlap(tier(150n, null), tier(0n, 150n))).toBe(false);
    expect(tiersOverlap(tier(0n, 150n, "2020-01-01", "2024-12-31"), tier(0n, 150n, "2025-01-01"))).toBe(false);
  });

  it("hold values from their lower limit up to, not including, their upper one", () => {
    expect(tierMatches({ min: 0n, max: 150n }, 149n)).toBe(true);
    expect(tierMatches({ min: 0n, max: 150n }, 150n)).toBe(false);
    expect(tierMatches({ min: 150n, max: null }, 150n)).toBe(true);
    expect(tierMatches({ min: 150n, max: null }, 10n ** 18n)).toBe(true);
  });
});

describe("the day a yearly membership fee is judged on", () => {
  const y2025 = periodOf(2025);
  const rule = (from: string, to: string | null = null) => ({ from, to });

  it("is the first day of the year for a member all year under a rule all year", () => {
    expect(membershipBillingDay(rule("2019-01-01"), y2025, [rule("2020-01-01")])).toBe("2025-01-01");
  });

  it("is the day a schedule starts, when it starts during the year", () => {
    expect(membershipBillingDay(rule("2019-01-01"), y2025, [rule("2025-03-01")])).toBe("2025-03-01");
  });

  it("is the first member day under a fee that changes mid-year, so the year is billed once", () => {
    const rules = [rule("2020-01-01", "2025-06-30"), rule("2025-07-01")];
    expect(membershipBillingDay(rule("2019-01-01"), y2025, rules)).toBe("2025-01-01");
    expect(membershipBillingDay(rule("2025-08-15"), y2025, rules)).toBe("2025-08-15");
  });

  it("is none for a member outside the year or a year without a rule", () => {
    expect(membershipBillingDay(rule("2026-01-01"), y2025, [rule("2020-01-01")])).toBeNull();
    expect(membershipBillingDay(rule("2019-01-01", "2024-12-31"), y2025, [rule("2020-01-01")])).toBeNull();
    expect(membershipBillingDay(rule("2019-01-01"), y2025, [rule("2026-01-01")])).toBeNull();
    expect(membershipBillingDay(rule("2019-01-01", "2025-02-28"), y2025, [rule("2025-03-01")])).toBeNull();
  });
});

describe("the day a trainee-year is judged on, over a trainee's placements at one member", () => {
  const y2025 = periodOf(2025);
  const span = (from: string, to: string | null = null) => ({ from, to });

  it("is the first placement day in the year, under the first of two fees, so the year is billed once", () => {
    const rules = [span("2020-01-01", "2025-06-30"), span("2025-07-01")];
    expect(billingDay([span("2024-09-01", "2025-08-31")], y2025, rules)).toBe("2025-01-01");
    expect(billingDay([span("2025-09-01", "2026-08-31")], y2025, rules)).toBe("2025-09-01");
  });

  it("skips the gap between two placements, and waits for a fee that starts during one", () => {
    const placements = [span("2025-01-01", "2025-02-28"), span("2025-05-01", "2025-12-31")];
    expect(billingDay(placements, y2025, [span("2025-03-01")])).toBe("2025-05-01");
    expect(billingDay(placements, y2025, [span("2025-06-01")])).toBe("2025-06-01");
    expect(billingDay([...placements].reverse(), y2025, [span("2025-02-01")])).toBe("2025-02-01");
  });

  it("is none when no fee is in force on any placement day", () => {
    const placements = [span("2025-01-01", "2025-02-28"), span("2025-05-01", "2025-06-30")];
    expect(billingDay(placements, y2025, [span("2025-03-01", "2025-04-30")])).toBeNull();
    expect(billingDay([], y2025, [span("2020-01-01")])).toBeNull();
  });
});
