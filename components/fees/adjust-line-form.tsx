"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { adjustInvoiceLineAction } from "@/lib/fees/actions";
import { adjustLineSchema, type AdjustLineInput } from "@/lib/fees/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import type { LineRow } from "./line-rows";

/** A new amount for a draft line, typed in the reader's locale, with the reason for the change. */
export function AdjustLineForm({ slug, line, currency, onDone }: { slug: string; line: LineRow; currency: string; onDone: () => void }) {
  const t = useTranslations("invoices.adjust");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<AdjustLineInput>({
    resolver: zodResolver(adjustLineSchema, undefined, { raw: true }),
    defaultValues: { id: line.id, amount: line.amountInput, reason: line.reason ?? "", locale },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (values) => adjustInvoiceLineAction(slug, values), () => {
    onDone();
    router.refresh();
  });
  // The form opens in place of the button that opened it: keyboard focus goes to its first field.
  useEffect(() => form.setFocus("amount"), [form]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title", { line: line.description })} className="grid gap-3 sm:grid-cols-3">
      {formError ? <div className="sm:col-span-3"><Alert tone="error">{formError}</Alert></div> : null}
      <Field label={t("amount", { currency })} hint={t("amountHint")} error={fieldError(errors.amount?.message)}>
        {(c) => <input inputMode="decimal" autoComplete="off" {...c} {...form.register("amount")} />}
      </Field>
      <div className="sm:col-span-2">
        <Field label={t("reason")} hint={t("reasonHint")} error={fieldError(errors.reason?.message)}>
          {(c) => <textarea rows={2} {...c} {...form.register("reason")} />}
        </Field>
      </div>
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
        <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
