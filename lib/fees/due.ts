import type { Prisma } from "../db/generated/client";
import type { FeeKind } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { translatorFor } from "../i18n/messages";
import { AppError } from "../server/errors";
import { MAX_AMOUNT_MINOR } from "./money";
import { clipToPeriod, covers, dayOf, instantsOf, type DaySpan, type Period } from "./period";
import type { FeeActor } from "./rules";
import { billingDay, isMembershipKind, membershipBillingDay, tierMatches } from "./tiers";

// What each member owes for a period by the schedule and what happened in it (docs/decisions/
// 0020-fees-and-invoice-lines.md): yearly memberships, postings published, trainees hired,
// trainees hosted, one-off items. Imported history (Cohort.imported, the employers the import made)
// is never billed: it was invoiced, if at all, before Kohort. Amounts in bigint.

export interface DueLine {
  employerId: string;
  feeRuleId: string;
  quantity: number;
  unitAmountMinor: number;
  amountMinor: number;
  description: string;
}

/** A member who owes a tiered membership fee that could not be chosen. */
export interface Unbilled {
  employerId: string;
  employerName: string;
  kind: FeeKind;
  reason: "noFigure" | "noTier";
}

type Rule = Awaited<ReturnType<typeof rulesOf>>[number];
type Member = Awaited<ReturnType<typeof membersOf>>[number];

const spanOf = (from: Date, to: Date | null): DaySpan => ({ from: dayOf(from), to: to && dayOf(to) });

function rulesOf(tx: Tx, consortiumId: string, period: Period) {
  return tx.feeRule.findMany({
    where: { consortiumId, validFrom: { lte: period.end }, OR: [{ validUntil: null }, { validUntil: { gte: period.start } }] },
    orderBy: [{ kind: "asc" }, { validFrom: "asc" }, { id: "asc" }],
  });
}

/**
 * An employer known only from imported history: the import makes them LEFT with a membership
 * spanning their old cohorts, and nothing in Kohort ties them to the present — no contact account,
 * no posting, no placement in a cohort run in Kohort, no line ever invoiced.
 */
const HISTORY_ONLY: Prisma.EmployerWhereInput = {
  status: "LEFT",
  memberships: { none: {} },
  postings: { none: {} },
  placements: { none: { trainee: { cohort: { imported: false } } } },
  invoiceLines: { none: { status: { not: "DRAFT" } } },
};

/** Employers who were members on at least one day of the period, but not those only history knows. */
function membersOf(tx: Tx, consortiumId: string, period: Period) {
  return tx.employer.findMany({
    where: {
      consortiumId,
      memberSince: { lte: period.end },
      OR: [{ memberUntil: null }, { memberUntil: { gte: period.start } }],
      NOT: HISTORY_ONLY,
    },
    select: { id: true, name: true, employeeCount: true, turnoverMinor: true, memberSince: true, memberUntil: true },
  });
}

export async function dueLines(tx: Tx, actor: FeeActor, period: Period): Promise<{ lines: DueLine[]; unbilled: Unbilled[] }> {
  const consortiumId = actor.consortium.id;
  const [rules, members] = await Promise.all([rulesOf(tx, consortiumId, period), membersOf(tx, consortiumId, period)]);
  const kindLabel = translatorFor(actor.consortium.defaultLocale, "fees");
  const lines: DueLine[] = [];
  const add = (rule: Rule, employerId: string, quantity: number) => {
    const amount = BigInt(quantity) * BigInt(rule.amountMinor);
    if (amount > MAX_AMOUNT_MINOR) throw new AppError("validation", { year: "validation.tooBig" });
    const description = rule.description ?? kindLabel(`kind.${rule.kind}`);
    lines.push({ employerId, feeRuleId: rule.id, quantity, unitAmountMinor: rule.amountMinor, amountMinor: Number(amount), description });
  };
  const unbilled = membershipLines(rules.filter((r) => isMembershipKind(r.kind)), members, period, add);
  await hostedLines(tx, consortiumId, rules.filter((r) => r.kind === "PER_TRAINEE_YEAR"), period, add);
  for (const rule of rules) {
    const days = clipToPeriod(spanOf(rule.validFrom, rule.validUntil), period);
    if (!days) continue;
    if (rule.kind === "PER_POSTING" || rule.kind === "PER_HIRE") {
      const kind = rule.kind === "PER_POSTING" ? "POSTING_PUBLISHED" : "TRAINEE_HIRED";
      const counts = await tx.billableEvent.groupBy({
        by: ["employerId"],
        where: { consortiumId, kind, occurredAt: instantsOf(days, actor.consortium.timeZone) },
        _count: { _all: true },
      });
      for (const c of counts) add(rule, c.employerId, c._count._all);
    } else if (rule.kind === "ONE_OFF" && dayOf(rule.validFrom) >= period.startDay) {
      // A one-off item is dated by its first valid day and billed in that year only.
      const day = dayOf(rule.validFrom);
      if (rule.employerId) add(rule, rule.employerId, 1);
      else for (const m of members) if (covers(spanOf(m.memberSince, m.memberUntil), day)) add(rule, m.id, 1);
    }
  }
  return { lines, unbilled };
}

/** Yearly membership fees: flat, or the tier the member's employee count or turnover falls in. */
function membershipLines(rules: Rule[], members: Member[], period: Period, add: (rule: Rule, employerId: string, quantity: number) => void) {
  const unbilled: Unbilled[] = [];
  const spans = rules.map((r) => spanOf(r.validFrom, r.validUntil));
  for (const member of members) {
    const day = membershipBillingDay(spanOf(member.memberSince, member.memberUntil), period, spans);
    if (!day) continue;
    const inForce = rules.filter((_, i) => covers(spans[i], day));
    for (const rule of inForce.filter((r) => r.kind === "MEMBERSHIP_FLAT")) add(rule, member.id, 1);
    for (const kind of ["MEMBERSHIP_TIER_EMPLOYEES", "MEMBERSHIP_TIER_TURNOVER"] as const) {
      const tiers = inForce.filter((r) => r.kind === kind);
      if (!tiers.length) continue;
      const raw = kind === "MEMBERSHIP_TIER_EMPLOYEES" ? member.employeeCount : member.turnoverMinor;
      const note = (reason: Unbilled["reason"]) => unbilled.push({ employerId: member.id, employerName: member.name, kind, reason });
      if (raw === null) {
        note("noFigure");
        continue;
      }
      const tier = tiers.find((r) => tierMatches({ min: r.minThreshold ?? 0n, max: r.maxThreshold }, BigInt(raw)));
      if (tier) add(tier, member.id, 1);
      else note("noTier");
    }
  }
  return unbilled;
}

/**
 * Trainees hosted: a trainee counts once per member and year, by the rule in force on the first day
 * of their placements at that member in the year (as membership is judged on one day), so a price
 * changed mid-year does not bill the same trainee-year twice; a trainee rotating through two members
 * counts at each. Placements of imported cohorts are history and not billed.
 */
async function hostedLines(tx: Tx, consortiumId: string, rules: Rule[], period: Period, add: (rule: Rule, employerId: string, quantity: number) => void) {
  if (!rules.length) return;
  const placements = await tx.placement.findMany({
    where: { consortiumId, startDate: { lte: period.end }, endDate: { gte: period.start }, trainee: { cohort: { imported: false } } },
    select: { traineeId: true, employerId: true, startDate: true, endDate: true },
    orderBy: [{ employerId: "asc" }, { traineeId: "asc" }, { startDate: "asc" }],
  });
  const stays = new Map<string, { employerId: string; days: DaySpan[] }>();
  for (const p of placements) {
    const key = `${p.employerId}|${p.traineeId}`;
    const stay = stays.get(key) ?? { employerId: p.employerId, days: [] };
    stay.days.push(spanOf(p.startDate, p.endDate));
    stays.set(key, stay);
  }
  const spans = rules.map((r) => spanOf(r.validFrom, r.validUntil));
  const counts = new Map<string, { rule: Rule; employerId: string; trainees: number }>();
  for (const stay of stays.values()) {
    const day = billingDay(stay.days, period, spans);
    if (!day) continue;
    rules.forEach((rule, i) => {
      if (!covers(spans[i], day)) return;
      const key = `${rule.id}|${stay.employerId}`;
      const count = counts.get(key) ?? { rule, employerId: stay.employerId, trainees: 0 };
      count.trainees++;
      counts.set(key, count);
    });
  }
  for (const c of counts.values()) add(c.rule, c.employerId, c.trainees);
}
