"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createSlotAction } from "@/lib/interviews/actions";
import { createSlotSchema, MAX_CAPACITY, type CreateSlotInput } from "@/lib/interviews/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** A new slot; date and times are the consortium's wall clock, whatever the browser's zone. */
export function SlotForm({ slug, campaignId, timeZone }: { slug: string; campaignId: string; timeZone: string }) {
  const t = useTranslations("interviews.form");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<CreateSlotInput>({
    resolver: zodResolver(createSlotSchema),
    defaultValues: { campaignId, date: "", startTime: "09:00", endTime: "09:45", location: "", meetingUrl: "", interviewers: "", capacity: 1 },
  });
  const { errors } = form.formState;
  // What was typed stays, so the next slot of a series needs only new times.
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => createSlotAction(slug, values), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      {formError ? <div className="sm:col-span-3"><Alert tone="error">{formError}</Alert></div> : null}
      {succeeded ? <div className="sm:col-span-3"><Alert tone="success">{t("created")}</Alert></div> : null}
      <Field label={t("date")} hint={t("zoneHint", { zone: timeZone })} error={fieldError(errors.date?.message)}>
        {(c) => <input type="date" {...c} {...form.register("date")} />}
      </Field>
      <Field label={t("startTime")} error={fieldError(errors.startTime?.message)}>
        {(c) => <input type="time" {...c} {...form.register("startTime")} />}
      </Field>
      <Field label={t("endTime")} error={fieldError(errors.endTime?.message)}>
        {(c) => <input type="time" {...c} {...form.register("endTime")} />}
      </Field>
      <div className="sm:col-span-3 grid gap-4 sm:grid-cols-2">
        <Field label={t("location")} hint={t("locationHint")} error={fieldError(errors.location?.message)}>
          {(c) => <input {...c} {...form.register("location")} />}
        </Field>
        <Field label={t("meetingUrl")} hint={t("meetingUrlHint")} error={fieldError(errors.meetingUrl?.message)}>
          {(c) => <input type="url" inputMode="url" {...c} {...form.register("meetingUrl")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={t("interviewers")} hint={t("interviewersHint")} error={fieldError(errors.interviewers?.message)}>
          {(c) => <textarea rows={3} {...c} {...form.register("interviewers")} />}
        </Field>
      </div>
      <Field label={t("capacity")} hint={t("capacityHint")} error={fieldError(errors.capacity?.message)}>
        {(c) => <input type="number" min={1} max={MAX_CAPACITY} {...c} {...form.register("capacity")} />}
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("create")}</Button>
      </div>
    </form>
  );
}
