"use client";

import { useTranslations } from "next-intl";
import { Fragment, useState, useTransition, type ReactNode } from "react";
import type { InvoiceLineStatus } from "@/lib/db/generated/enums";
import { markAllLinesAction, markInvoicedAction, markPaidAction } from "@/lib/fees/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { useRowSelection } from "../ui/use-row-selection";
import { AdjustLineForm } from "./adjust-line-form";
import type { MemberGroup } from "./line-rows";

/**
 * A year's lines, one table per member with its total. For the coordinator (`editable`): tick
 * lines to mark them invoiced or paid, and adjust a draft's amount with a reason. For a member's
 * contact: the same tables, read-only. With every line shown ticked, the step goes by the page's
 * filter (year, member, status) rather than by ids, so it works however many lines a year has.
 * `empty` is shown here when no line is left (say, every draft of a drafts-only view was just
 * invoiced), so the message saying what happened stays on the page.
 */
export function InvoiceReview({
  slug,
  year,
  status,
  employerId,
  currency,
  members,
  editable,
  empty,
}: {
  slug: string;
  year: number;
  status?: InvoiceLineStatus;
  employerId?: string;
  currency: string;
  members: MemberGroup[];
  editable: boolean;
  empty: ReactNode;
}) {
  const t = useTranslations("invoices");
  const errors = useTranslations("errors");
  const router = useRouter();
  const ids = members.flatMap((m) => m.lines.map((l) => l.id));
  const { selected, all, toggle, toggleAll, clear } = useRowSelection(ids);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const mark = (step: "invoice" | "pay") =>
    startTransition(async () => {
      setMessage(null);
      const result = all
        ? await markAllLinesAction(slug, { year, employerId, status, to: step === "invoice" ? "INVOICED" : "PAID", expected: ids.length })
        : await (step === "invoice" ? markInvoicedAction : markPaidAction)(slug, { ids: [...selected] });
      if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
      setMessage({ tone: "success", text: t(step === "invoice" ? "bulk.invoiced" : "bulk.paid", { count: result.data.count }) });
      clear();
      router.refresh();
    });
  return (
    <div className="space-y-6">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {editable && ids.length ? (
        <div role="group" aria-label={t("bulk.label")} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={all} onChange={toggleAll} />
            {t("bulk.selectAll")}
          </label>
          <p className="text-sm" aria-live="polite">{t("bulk.selected", { count: selected.size })}</p>
          <Button variant="secondary" disabled={pending || selected.size === 0} onClick={() => mark("invoice")}>{t("bulk.invoice")}</Button>
          <Button variant="secondary" disabled={pending || selected.size === 0} onClick={() => mark("pay")}>{t("bulk.pay")}</Button>
        </div>
      ) : null}
      {members.length === 0 ? empty : null}
      {members.map((member) => (
        <section key={member.employerId} aria-labelledby={`member-${member.employerId}`} className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`member-${member.employerId}`} className="text-lg font-semibold">{member.name}</h2>
            <p className="font-semibold tabular-nums">{t("memberTotal", { amount: member.total })}</p>
          </div>
          <DataTable
            caption={t("table.caption", { member: member.name, year: String(year) })}
            columns={[
              editable && { label: t("table.select"), visuallyHidden: true },
              { label: t("table.description") },
              { label: t("table.kind") },
              { label: t("table.quantity"), numeric: true },
              { label: t("table.unitPrice"), numeric: true },
              { label: t("table.amount"), numeric: true },
              { label: t("table.status") },
              editable && { label: t("table.actions"), visuallyHidden: true },
            ]}
          >
            {member.lines.map((line) => (
              <Fragment key={line.id}>
                <tr className="border-b border-slate-100 align-top">
                  {editable ? (
                    <td className="px-3 py-2">
                      <input type="checkbox" aria-label={t("table.selectLine", { line: `${line.description}, ${member.name}` })} checked={selected.has(line.id)} onChange={() => toggle(line.id)} />
                    </td>
                  ) : null}
                  <th scope="row" className="px-3 py-2 text-left font-medium">{line.description}</th>
                  <td className="px-3 py-2">{line.kind}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{line.quantity}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{line.unitPrice}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <span className="font-medium">{line.amount}</span>
                    {line.computed ? <span className="block text-xs text-muted">{t("table.computed", { amount: line.computed })}</span> : null}
                    {line.reason ? <span className="block text-xs text-muted">{t("table.reason", { reason: line.reason })}</span> : null}
                  </td>
                  <td className="px-3 py-2">{t(`status.${line.status}`)}</td>
                  {editable ? (
                    <td className="px-3 py-2">
                      {line.status === "DRAFT" && adjusting !== line.id ? (
                        <Button variant="ghost" aria-label={t("adjust.openFor", { line: line.description, member: member.name })} onClick={() => setAdjusting(line.id)}>
                          {t("adjust.open")}
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
                {adjusting === line.id ? (
                  <tr className="border-b border-slate-100">
                    <td colSpan={8} className="px-3 py-3">
                      <AdjustLineForm slug={slug} line={line} currency={currency} onDone={() => setAdjusting(null)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </DataTable>
        </section>
      ))}
    </div>
  );
}
