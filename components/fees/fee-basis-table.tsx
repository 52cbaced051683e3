"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { useForm } from "react-hook-form";
import { setFeeBasisAction } from "@/lib/fees/actions";
import { feeBasisSchema, type FeeBasisInput } from "@/lib/fees/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface BasisRow {
  id: string;
  name: string;
  employees: string | null;
  turnover: string | null;
  /** The stored figures as the form starts with them, in the reader's locale. */
  values: { employeeCount: string; turnover: string };
}

/** Members' employee counts and turnover, which tiered membership fees are chosen by. */
export function FeeBasisTable({ slug, currency, rows }: { slug: string; currency: string; rows: BasisRow[] }) {
  const t = useTranslations("invoices.basis");
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <DataTable
      caption={t("caption")}
      variant="plain"
      columns={[{ label: t("member") }, { label: t("employees"), numeric: true }, { label: t("turnover"), numeric: true }, { label: t("actions"), visuallyHidden: true }]}
    >
      {rows.map((row) => (
        <Fragment key={row.id}>
          <tr className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-3 text-left font-medium">{row.name}</th>
            <td className="py-2 pr-3 text-right tabular-nums">{row.employees ?? t("unknown")}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{row.turnover ?? t("unknown")}</td>
            <td className="py-2">
              {editing !== row.id ? (
                <Button variant="ghost" aria-label={t("editFor", { member: row.name })} onClick={() => setEditing(row.id)}>{t("edit")}</Button>
              ) : null}
            </td>
          </tr>
          {editing === row.id ? (
            <tr className="border-b border-slate-100">
              <td colSpan={4} className="py-3">
                <BasisForm slug={slug} currency={currency} row={row} onDone={() => setEditing(null)} />
              </td>
            </tr>
          ) : null}
        </Fragment>
      ))}
    </DataTable>
  );
}

function BasisForm({ slug, currency, row, onDone }: { slug: string; currency: string; row: BasisRow; onDone: () => void }) {
  const t = useTranslations("invoices.basis");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<FeeBasisInput>({
    resolver: zodResolver(feeBasisSchema, undefined, { raw: true }),
    defaultValues: { employerId: row.id, ...row.values, locale },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (values) => setFeeBasisAction(slug, values), () => {
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("editFor", { member: row.name })} className="grid gap-3 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      <Field label={t("employeesLabel")} hint={t("hint")} error={fieldError(errors.employeeCount?.message)}>
        {(c) => <input inputMode="numeric" autoComplete="off" {...c} {...form.register("employeeCount")} />}
      </Field>
      <Field label={t("turnoverLabel", { currency })} hint={t("hint")} error={fieldError(errors.turnover?.message)}>
        {(c) => <input inputMode="decimal" autoComplete="off" {...c} {...form.register("turnover")} />}
      </Field>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
        <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
