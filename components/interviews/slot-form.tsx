"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createSlotSeriesAction } from "@/lib/interviews/actions";
import { createSlotSeriesSchema, MAX_CAPACITY, type CreateSlotSeriesInput } from "@/lib/interviews/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DateInput, TimeInput } from "../ui/date-input";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/**
 * Slots for an interview day in one step: from–to, each so long with a break between, the same
 * place, interviewers and capacity. One slot is a series of one. Times are the consortium's wall
 * clock, whatever the browser's zone.
 */
export function SlotForm({ slug, campaignId, timeZone }: { slug: string; campaignId: string; timeZone: string }) {
  const t = useTranslations("interviews.form");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<CreateSlotSeriesInput>({
    resolver: zodResolver(createSlotSeriesSchema),
    defaultValues: { campaignId, date: "", startTime: "09:00", endTime: "12:00", length: 45, gap: 15, location: "", meetingUrl: "", interviewers: "", capacity: 1 },
  });
  const { errors } = form.formState;
  const [created, setCreated] = useState(0);
  // What was typed stays, so the next day needs only a new date.
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => createSlotSeriesAction(slug, values), (data) => {
    setCreated(data.created);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      {formError ? <div className="sm:col-span-3"><Alert tone="error">{formError}</Alert></div> : null}
      {succeeded ? <div className="sm:col-span-3"><Alert tone="success">{t("createdSeries", { count: created })}</Alert></div> : null}
      <Field label={t("date")} hint={t("zoneHint", { zone: timeZone })} error={fieldError(errors.date?.message)}>
        {(c) => <DateInput {...c} {...form.register("date")} />}
      </Field>
      <Field label={t("from")} hint={t("timeHint")} error={fieldError(errors.startTime?.message)}>
        {(c) => <TimeInput {...c} {...form.register("startTime")} />}
      </Field>
      <Field label={t("to")} hint={t("timeHint")} error={fieldError(errors.endTime?.message)}>
        {(c) => <TimeInput {...c} {...form.register("endTime")} />}
      </Field>
      <Field label={t("length")} hint={t("minutesHint")} error={fieldError(errors.length?.message)}>
        {(c) => <input type="number" min={5} max={480} {...c} {...form.register("length")} />}
      </Field>
      <Field label={t("gap")} hint={t("minutesHint")} error={fieldError(errors.gap?.message)}>
        {(c) => <input type="number" min={0} max={240} {...c} {...form.register("gap")} />}
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
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("createSeries")}</Button>
      </div>
    </form>
  );
}
