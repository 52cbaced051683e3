import type { listFeeBases, listFeeRules } from "@/lib/fees/rules";
import { minorToInput } from "@/lib/fees/money";
import { dayOf } from "@/lib/fees/period";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { BasisRow } from "./fee-basis-table";
import type { RuleRow } from "./rule-table";

// The schedule as the page shows it: formatted on the server; the edit forms get the stored
// values back as the reader would type them.

type Rules = Awaited<ReturnType<typeof listFeeRules>>;
type Bases = Awaited<ReturnType<typeof listFeeBases>>;
type T = (key: string, values?: Record<string, string>) => string;

export function ruleRows(rules: Rules, currency: string, locale: AppLocale, t: { schedule: T; fees: T }): RuleRow[] {
  return rules.map((rule) => {
    const employees = rule.kind === "MEMBERSHIP_TIER_EMPLOYEES";
    const tiered = employees || rule.kind === "MEMBERSHIP_TIER_TURNOVER";
    const shown = (v: bigint) => (employees ? formatNumber(Number(v), locale) : formatMoney(v, currency, locale));
    const typed = (v: bigint | null) => (v === null ? "" : employees ? String(v) : minorToInput(v, locale));
    const min = rule.minThreshold ?? 0n;
    const from = formatDate(rule.validFrom, locale);
    const name = t.fees(`kind.${rule.kind}`);
    const tier = !tiered
      ? null
      : rule.maxThreshold === null
        ? t.fees("tierFrom", { min: shown(min) })
        : t.fees("tierRange", { min: shown(min), max: shown(rule.maxThreshold) });
    const valid = rule.validUntil ? t.schedule("validRange", { from, until: formatDate(rule.validUntil, locale) }) : t.schedule("validFrom", { from });
    // Tiers of one kind share a name: their range and dates tell their buttons apart.
    const title = rule.description ?? name;
    const label = t.schedule("ruleName", { rule: tier ? t.schedule("ruleTier", { rule: title, tier }) : title, valid });
    return {
      id: rule.id,
      name,
      label,
      description: rule.description,
      appliesTo: rule.employer?.name ?? t.schedule("allMembers"),
      tier,
      amount: formatMoney(rule.amountMinor, currency, locale),
      valid,
      values: {
        kind: rule.kind,
        amount: minorToInput(rule.amountMinor, locale),
        minThreshold: tiered ? typed(min) : "",
        maxThreshold: tiered ? typed(rule.maxThreshold) : "",
        employerId: rule.employerId ?? "",
        description: rule.description ?? "",
        validFrom: dayOf(rule.validFrom),
        validUntil: rule.validUntil ? dayOf(rule.validUntil) : "",
      },
    };
  });
}

export function basisRows(bases: Bases, currency: string, locale: AppLocale): BasisRow[] {
  return bases.map((b) => ({
    id: b.id,
    name: b.name,
    employees: b.employeeCount === null ? null : formatNumber(b.employeeCount, locale),
    turnover: b.turnoverMinor === null ? null : formatMoney(b.turnoverMinor, currency, locale),
    values: {
      employeeCount: b.employeeCount === null ? "" : String(b.employeeCount),
      turnover: b.turnoverMinor === null ? "" : minorToInput(b.turnoverMinor, locale),
    },
  }));
}
