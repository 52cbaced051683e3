"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { moveTraineeAction } from "@/lib/placements/actions";
import { moveTraineeSchema, type MoveTraineeInput } from "@/lib/placements/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { EmployerSelect, type EmployerOption } from "./employer-select";

/** Moves the trainee to another employer from a date, with the reason kept in the history. */
export function MoveForm({ slug, traineeId, employers }: {
  slug: string;
  traineeId: string;
  employers: EmployerOption[];
}) {
  const t = useTranslations("placements.move");
  const router = useRouter();
  const fieldError = useFieldError();
  const empty = { traineeId, employerId: "", fromDate: "", endDate: "", reason: "" };
  const form = useForm<MoveTraineeInput>({ resolver: zodResolver(moveTraineeSchema), defaultValues: empty });
  const { errors } = form.formState;
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => moveTraineeAction(slug, values), () => {
    form.reset(empty);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      {formError ? <div className="sm:col-span-3"><Alert tone="error">{formError}</Alert></div> : null}
      {succeeded ? <div className="sm:col-span-3"><Alert tone="success">{t("moved")}</Alert></div> : null}
      <Field label={t("employer")} error={fieldError(errors.employerId?.message)}>
        {(c) => <EmployerSelect employers={employers} control={c} register={form.register("employerId")} />}
      </Field>
      <Field label={t("fromDate")} hint={t("fromHint")} error={fieldError(errors.fromDate?.message)}>
        {(c) => <DateInput {...c} {...form.register("fromDate")} />}
      </Field>
      <Field label={t("endDate")} hint={t("endHint")} error={fieldError(errors.endDate?.message)}>
        {(c) => <DateInput {...c} {...form.register("endDate")} />}
      </Field>
      <div className="sm:col-span-3">
        <Field label={t("reason")} hint={t("reasonHint")} error={fieldError(errors.reason?.message)}>
          {(c) => <textarea rows={2} maxLength={500} {...c} {...form.register("reason")} />}
        </Field>
      </div>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("submit")}</Button>
      </div>
    </form>
  );
}
