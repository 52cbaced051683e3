"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { setTraineeStatusAction } from "@/lib/cohorts/actions";
import { TRAINEE_STATUSES, traineeStatusSchema, type TraineeStatusInput } from "@/lib/cohorts/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** Completed or dropped out (with date and, for a drop-out, the reason), or reopened as active. */
export function StatusForm({ slug, traineeId, current }: {
  slug: string;
  traineeId: string;
  current: { status: (typeof TRAINEE_STATUSES)[number]; endedAt: string; reason: string };
}) {
  const t = useTranslations("trainees.status");
  const labels = useTranslations("trainees.statusLabel");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<TraineeStatusInput>({
    resolver: zodResolver(traineeStatusSchema),
    defaultValues: { traineeId, status: current.status, endedAt: current.endedAt, reason: current.reason },
  });
  const { errors } = form.formState;
  const status = form.watch("status");
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => setTraineeStatusAction(slug, values), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {TRAINEE_STATUSES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" value={value} {...form.register("status")} />
              {labels(value)}
            </label>
          ))}
        </div>
      </fieldset>
      {status === "ACTIVE" ? (
        <p className="text-sm text-muted">{t("activeHint")}</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("endedAt")} hint={t("endedAtHint")} error={fieldError(errors.endedAt?.message)}>
            {(c) => <DateInput {...c} {...form.register("endedAt")} />}
          </Field>
          {status === "DROPPED_OUT" ? (
            <div className="sm:col-span-2">
              <Field label={t("reason")} hint={t("reasonHint")} error={fieldError(errors.reason?.message)}>
                {(c) => <textarea rows={2} maxLength={500} {...c} {...form.register("reason")} />}
              </Field>
            </div>
          ) : null}
        </div>
      )}
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
    </form>
  );
}
