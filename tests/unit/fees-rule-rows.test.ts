import { describe, expect, it } from "vitest";
import { ruleRows } from "@/components/fees/rule-rows";
import type { FeeKind } from "@/lib/db/generated/enums";
import { translatorFor } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";

// Each rule's buttons and delete question name it among the others: tiers of one kind share a
// kind name, so their range and dates go into the name too.
const rule = (id: string, kind: FeeKind, extra: { min?: bigint; max?: bigint | null; description?: string; until?: string } = {}) => ({
  id,
  consortiumId: "c",
  kind,
  amountMinor: 2_500_000,
  minThreshold: extra.min ?? null,
  maxThreshold: extra.max ?? null,
  description: extra.description ?? null,
  employerId: null,
  employer: null,
  validFrom: new Date("2025-01-01"),
  validUntil: extra.until ? new Date(extra.until) : null,
  createdAt: new Date(),
  updatedAt: new Date(),
  _count: { invoiceLines: 0 },
});

const rows = (locale: AppLocale) =>
  ruleRows(
    [
      rule("low", "MEMBERSHIP_TIER_EMPLOYEES", { min: 0n, max: 150n }),
      rule("high", "MEMBERSHIP_TIER_EMPLOYEES", { min: 150n }),
      rule("flat", "MEMBERSHIP_FLAT", { until: "2025-06-30" }),
      rule("party", "ONE_OFF", { description: "Jubileum" }),
    ],
    "SEK",
    locale,
    { schedule: translatorFor(locale, "invoices.schedule"), fees: translatorFor(locale, "fees") },
  );

describe("the name of a rule on the schedule", () => {
  it("tells every rule apart, with its tier, its text and its dates", () => {
    expect(rows("en").map((r) => r.label)).toEqual([
      "Membership by number of employees, per year, From 0 up to 150 (From 1 Jan 2025)",
      "Membership by number of employees, per year, 150 or more (From 1 Jan 2025)",
      "Membership, per year (1 Jan 2025 to 30 Jun 2025)",
      "Jubileum (From 1 Jan 2025)",
    ]);
  });

  it("is different for every rule in every language", () => {
    for (const locale of ["sv", "nb", "en"] as const) {
      const labels = rows(locale).map((r) => r.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
