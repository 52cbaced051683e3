"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { generateInvoiceLinesAction } from "@/lib/fees/actions";
import type { GenerateReport } from "@/lib/fees/generate";
import { generateSchema, type GenerateInput } from "@/lib/fees/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** Generates (or regenerates) a calendar year's lines and says what changed. */
export function GenerateForm({ slug, years, year }: { slug: string; years: number[]; year: number }) {
  const t = useTranslations("invoices.generate");
  const kinds = useTranslations("fees.kind");
  const router = useRouter();
  const fieldError = useFieldError();
  const [report, setReport] = useState<GenerateReport | null>(null);
  const form = useForm<GenerateInput>({ resolver: zodResolver(generateSchema, undefined, { raw: true }), defaultValues: { year: String(year) } });
  const { onSubmit, formError } = useActionForm(form, (values) => generateInvoiceLinesAction(slug, values), (data) => {
    setReport(data);
    router.push(`/c/${slug}/invoices?year=${data.year}`);
    router.refresh();
  });
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <Field label={t("year")} error={fieldError(form.formState.errors.year?.message)}>
          {(c) => (
            <select {...c} {...form.register("year")}>
              {years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("submit")}</Button>
      </form>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {report ? (
        <Alert tone="success">
          <p>{t("done", { year: String(report.year), created: report.created, updated: report.updated, removed: report.removed, unchanged: report.unchanged, kept: report.kept })}</p>
          {report.unbilled.length ? (
            <>
              <p className="mt-2 font-semibold">{t("unbilledTitle")}</p>
              <ul className="list-disc pl-5">
                {report.unbilled.map((u) => (
                  <li key={`${u.employerId}-${u.kind}`}>{t(u.reason, { member: u.employerName, kind: kinds(u.kind) })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
