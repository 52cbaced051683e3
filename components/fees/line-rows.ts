import type { InvoiceLineStatus } from "@/lib/db/generated/enums";
import { groupByMember, type ListedLine } from "@/lib/fees/lines";
import { minorToInput, sumMinor } from "@/lib/fees/money";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

// Invoice lines as the page shows them: amounts formatted on the server in the consortium's
// currency and the reader's locale, so no bigint or float reaches the browser.

export interface LineRow {
  id: string;
  description: string;
  kind: string | null;
  quantity: string;
  unitPrice: string;
  amount: string;
  /** What the schedule gave, shown when a person adjusted the amount. */
  computed: string | null;
  reason: string | null;
  status: InvoiceLineStatus;
  /** The stored amount as the adjust form starts with it, in the reader's locale. */
  amountInput: string;
}

export interface MemberGroup {
  employerId: string;
  name: string;
  total: string;
  lines: LineRow[];
}

export function memberGroups(
  lines: ListedLine[],
  currency: string,
  locale: AppLocale,
  kindLabel: (kind: string) => string,
): { members: MemberGroup[]; totals: Record<"total" | "draft" | "invoiced" | "paid", string> } {
  const money = (minor: number | bigint) => formatMoney(minor, currency, locale);
  const { members, total } = groupByMember(lines);
  const byStatus = (status: InvoiceLineStatus) => money(sumMinor(lines.filter((l) => l.status === status).map((l) => l.amountMinor)));
  return {
    members: members.map((m) => ({
      employerId: m.employerId,
      name: m.name,
      total: money(m.total),
      lines: m.lines.map((line) => ({
        id: line.id,
        description: line.description,
        kind: line.feeRule ? kindLabel(line.feeRule.kind) : null,
        quantity: formatNumber(line.quantity, locale),
        unitPrice: money(line.unitAmountMinor),
        amount: money(line.amountMinor),
        computed: line.adjustedAt ? money(line.computedAmountMinor) : null,
        reason: line.adjustmentReason,
        status: line.status,
        amountInput: minorToInput(line.amountMinor, locale),
      })),
    })),
    totals: { total: money(total), draft: byStatus("DRAFT"), invoiced: byStatus("INVOICED"), paid: byStatus("PAID") },
  };
}
