"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { updateRetentionAction } from "@/lib/retention/actions";
import { RETENTION_MONTHS } from "@/lib/retention/rules";
import { retentionSchema, type RetentionInput } from "@/lib/retention/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** How long personal data of applicants not hired is kept after a campaign closes. */
export function RetentionForm({ slug, retentionMonths }: { slug: string; retentionMonths: number }) {
  const t = useTranslations("settings.retention");
  const router = useRouter();
  const fieldError = useFieldError();
  const [saved, setSaved] = useState(false);
  const form = useForm<RetentionInput>({ resolver: zodResolver(retentionSchema), defaultValues: { retentionMonths } });
  const { onSubmit, formError } = useActionForm(
    form,
    (v) => {
      setSaved(false);
      return updateRetentionAction(slug, v);
    },
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field
        label={t("months")}
        hint={t("hint", { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max, standard: RETENTION_MONTHS.default })}
        error={fieldError(form.formState.errors.retentionMonths?.message)}
      >
        {(c) => <input type="number" min={RETENTION_MONTHS.min} max={RETENTION_MONTHS.max} step={1} {...c} {...form.register("retentionMonths")} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
    </form>
  );
}
