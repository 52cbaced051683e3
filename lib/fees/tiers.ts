import type { FeeKind } from "../db/generated/enums";
import { clipToPeriod, covers, type DaySpan, type Period } from "./period";

// Pure rules of the schedule: which kinds are tiers, when two tiers collide, which tier a member
// falls in, and on which day a member's yearly fee is judged.

export const FEE_KINDS = [
  "MEMBERSHIP_FLAT",
  "MEMBERSHIP_TIER_EMPLOYEES",
  "MEMBERSHIP_TIER_TURNOVER",
  "PER_POSTING",
  "PER_HIRE",
  "PER_TRAINEE_YEAR",
  "ONE_OFF",
] as const satisfies readonly FeeKind[];

export const TIER_KINDS = ["MEMBERSHIP_TIER_EMPLOYEES", "MEMBERSHIP_TIER_TURNOVER"] as const satisfies readonly FeeKind[];
export const MEMBERSHIP_KINDS = ["MEMBERSHIP_FLAT", ...TIER_KINDS] as const satisfies readonly FeeKind[];

export const isTierKind = (kind: FeeKind) => (TIER_KINDS as readonly FeeKind[]).includes(kind);
export const isMembershipKind = (kind: FeeKind) => (MEMBERSHIP_KINDS as readonly FeeKind[]).includes(kind);

/** A tier: values in [min, max) (max null: no upper bound), in force over `validity`. */
export interface Tier {
  min: bigint;
  max: bigint | null;
  validity: DaySpan;
}

/** Half-open value ranges [min, max) meet when each starts before the other ends. */
function rangesMeet(a: Tier, b: Tier): boolean {
  return (a.max === null || b.min < a.max) && (b.max === null || a.min < b.max);
}

/** Closed day spans meet when each starts on or before the other ends. */
export function spansMeet(a: DaySpan, b: DaySpan): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/**
 * Two tiers of the same kind collide when a value and a day exist that both would claim: then a
 * member could fall in two tiers. Adjacent tiers ([0, 150) and [150, ∞)) do not collide.
 */
export function tiersOverlap(a: Tier, b: Tier): boolean {
  return rangesMeet(a, b) && spansMeet(a.validity, b.validity);
}

export function tierMatches(tier: Pick<Tier, "min" | "max">, value: bigint): boolean {
  return tier.min <= value && (tier.max === null || value < tier.max);
}

/**
 * The day a yearly fee is judged on: the first day of the period inside `days` (a membership, or a
 * trainee's placements at one member) on which a rule of the kind is in force. A schedule that
 * starts in March still bills the year; a fee that changes mid-year bills the year once, by the
 * rule in force first. Null: no such day.
 */
export function billingDay(days: DaySpan[], period: Period, rules: DaySpan[]): string | null {
  const inside = days.map((span) => clipToPeriod(span, period)).filter((span) => span !== null);
  const within = (day: string) => inside.some((span) => span.from <= day && day <= span.to);
  const candidates = [...inside.map((span) => span.from), ...rules.map((r) => r.from).filter(within)].sort();
  return candidates.find((day) => rules.some((rule) => covers(rule, day))) ?? null;
}

/** The day a member's yearly membership fee is judged on (see billingDay). */
export function membershipBillingDay(membership: DaySpan, period: Period, rules: DaySpan[]): string | null {
  return billingDay([membership], period, rules);
}
