"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { updateCheckInScheduleAction } from "@/lib/checkins/actions";
import { checkInScheduleSchema, type CheckInScheduleInput } from "@/lib/checkins/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** A cohort's check-in months; saving moves the open check-ins and keeps the done ones. */
export function ScheduleForm({ slug, cohortId, cohortName, months }: { slug: string; cohortId: string; cohortName: string; months: number[] }) {
  const t = useTranslations("checkIns.schedule");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<CheckInScheduleInput>({
    resolver: zodResolver(checkInScheduleSchema),
    defaultValues: { cohortId, months: months.join(", ") },
  });
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => updateCheckInScheduleAction(slug, values), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel", { cohort: cohortName })} className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field label={t("months")} hint={t("monthsHint")} error={fieldError(form.formState.errors.months?.message)}>
        {(c) => <input inputMode="numeric" autoComplete="off" {...c} {...form.register("months")} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
