"use client";

import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { deleteFeeRuleAction } from "@/lib/fees/actions";
import { ActionButton } from "../ui/action-button";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { RuleForm, type RuleValues } from "./rule-form";

export interface RuleRow {
  id: string;
  name: string;
  /** Names this rule among the others (kind or text, tier, dates), for its buttons and question. */
  label: string;
  description: string | null;
  appliesTo: string;
  tier: string | null;
  amount: string;
  valid: string;
  values: RuleValues;
}

/** The schedule's rules; the coordinator edits one in place or deletes it after confirming. */
export function RuleTable({ slug, currency, employers, rows, editable }: { slug: string; currency: string; employers: { id: string; name: string }[]; rows: RuleRow[]; editable: boolean }) {
  const t = useTranslations("invoices.schedule");
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <DataTable
      caption={t("caption")}
      variant="plain"
      columns={[
        { label: t("kind") },
        { label: t("appliesTo") },
        { label: t("tier") },
        { label: t("amount"), numeric: true },
        { label: t("valid") },
        editable && { label: t("actions"), visuallyHidden: true },
      ]}
    >
      {rows.map((row) => (
        <Fragment key={row.id}>
          <tr className="border-b border-slate-100 align-top">
            <th scope="row" className="py-2 pr-3 text-left font-medium">
              {row.name}
              {row.description ? <span className="block text-xs font-normal text-muted">{row.description}</span> : null}
            </th>
            <td className="py-2 pr-3">{row.appliesTo}</td>
            <td className="py-2 pr-3">{row.tier}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{row.amount}</td>
            <td className="py-2 pr-3">{row.valid}</td>
            {editable ? (
              <td className="py-2">
                <div className="flex flex-wrap items-start gap-2">
                  {editing !== row.id ? (
                    <Button variant="secondary" aria-label={t("editFor", { rule: row.label })} onClick={() => setEditing(row.id)}>
                      {t("edit")}
                    </Button>
                  ) : null}
                  <ActionButton
                    action={deleteFeeRuleAction}
                    args={[slug, { id: row.id }]}
                    variant="danger"
                    label={t("deleteFor", { rule: row.label })}
                    confirm={{ question: t("deleteQuestion", { rule: row.label }), yes: t("deleteYes") }}
                  >
                    {t("delete")}
                  </ActionButton>
                </div>
              </td>
            ) : null}
          </tr>
          {editing === row.id ? (
            <tr className="border-b border-slate-100">
              <td colSpan={6} className="py-3">
                <h3 className="mb-2 font-semibold">{t("editTitle")}</h3>
                <RuleForm slug={slug} currency={currency} employers={employers} rule={{ id: row.id, values: row.values }} onDone={() => setEditing(null)} />
              </td>
            </tr>
          ) : null}
        </Fragment>
      ))}
    </DataTable>
  );
}
