import { recordAudit } from "../audit/record";
import type { Currency } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { dueLines, type DueLine, type Unbilled } from "./due";
import { periodOf } from "./period";
import { lockFees, type FeeActor } from "./rules";

// Generating a year's lines again is safe: lines a person has touched (adjusted, invoiced, paid)
// are never changed; untouched drafts follow the schedule and what happened; drafts no longer due
// go. One line per member, rule and year (the table's unique key).

export interface GenerateReport {
  year: number;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Lines left as they were because a person adjusted, invoiced or paid them. */
  kept: number;
  unbilled: Unbilled[];
}

const keyOf = (employerId: string, feeRuleId: string | null) => `${employerId}|${feeRuleId ?? ""}`;

type Existing = { id: string; status: string; adjustedAt: Date | null; quantity: number; unitAmountMinor: number; amountMinor: number; computedAmountMinor: number; description: string; currency: string };

const untouched = (line: Existing) => line.status === "DRAFT" && line.adjustedAt === null;

const same = (line: Existing, due: DueLine, currency: string) =>
  line.quantity === due.quantity &&
  line.unitAmountMinor === due.unitAmountMinor &&
  line.amountMinor === due.amountMinor &&
  line.computedAmountMinor === due.amountMinor &&
  line.description === due.description &&
  line.currency === currency;

export async function generateInvoiceLines(tx: Tx, actor: FeeActor, year: number): Promise<GenerateReport> {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  const period = periodOf(year);
  const currency = actor.consortium.currency as Currency;
  const { lines: due, unbilled } = await dueLines(tx, actor, period);
  const existing = await tx.invoiceLine.findMany({ where: { consortiumId, periodStart: period.start } });
  const byKey = new Map(existing.map((line) => [keyOf(line.employerId, line.feeRuleId), line]));
  const report: GenerateReport = { year, created: 0, updated: 0, removed: 0, unchanged: 0, kept: 0, unbilled };
  const fresh: DueLine[] = [];
  for (const line of due) {
    const found = byKey.get(keyOf(line.employerId, line.feeRuleId));
    byKey.delete(keyOf(line.employerId, line.feeRuleId));
    if (!found) fresh.push(line);
    else if (!untouched(found)) report.kept++;
    else if (same(found, line, currency)) report.unchanged++;
    else {
      await tx.invoiceLine.updateMany({
        where: { id: found.id, consortiumId, status: "DRAFT", adjustedAt: null },
        data: { quantity: line.quantity, unitAmountMinor: line.unitAmountMinor, amountMinor: line.amountMinor, computedAmountMinor: line.amountMinor, description: line.description, currency },
      });
      report.updated++;
    }
  }
  await tx.invoiceLine.createMany({
    data: fresh.map((line) => ({ ...line, consortiumId, currency, computedAmountMinor: line.amountMinor, periodStart: period.start, periodEnd: period.end })),
  });
  report.created = fresh.length;
  const leftovers = [...byKey.values()];
  const stale = leftovers.filter(untouched).map((line) => line.id);
  if (stale.length) await tx.invoiceLine.deleteMany({ where: { id: { in: stale }, consortiumId, status: "DRAFT", adjustedAt: null } });
  report.removed = stale.length;
  report.kept += leftovers.length - stale.length;
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "invoice.generate",
    targetType: "Consortium",
    targetId: consortiumId,
    data: { year, created: report.created, updated: report.updated, removed: report.removed, unchanged: report.unchanged, kept: report.kept },
  });
  return report;
}
