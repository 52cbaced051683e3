"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { createGatheringAction, updateGatheringAction } from "@/lib/gatherings/actions";
import { createGatheringSchema, GATHERING_TYPES, updateGatheringSchema, type GatheringFieldsInput } from "@/lib/gatherings/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/server/errors";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput, TimeInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";

type Values = GatheringFieldsInput & { cohortId?: string; id?: string };

/** Plans a gathering of a cohort (`target.cohortId`) or changes one (`target.id`). */
export type GatheringFormTarget = { cohortId: string; id?: never } | { id: string; cohortId?: never };

const EMPTY: GatheringFieldsInput = { title: "", type: "COURSE", startDate: "", startTime: "09:00", endDate: "", endTime: "16:00", place: "", agenda: "" };

/**
 * The gathering's details; dates and times are the consortium's wall clock, whatever the
 * browser's zone. A new gathering opens its own page next, where the cohort is invited.
 */
export function GatheringForm({
  slug,
  target,
  timeZone,
  defaults = EMPTY,
  listHref,
}: {
  slug: string;
  target: GatheringFormTarget;
  timeZone: string;
  defaults?: GatheringFieldsInput;
  /** The cohort's list of gatherings: where a new one's page is found. */
  listHref: string;
}) {
  const t = useTranslations("gatherings.form");
  const types = useTranslations("gatherings.types");
  const router = useRouter();
  const fieldError = useFieldError();
  const [mailed, setMailed] = useState(0);
  const schema = target.id ? updateGatheringSchema : createGatheringSchema;
  const form = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { ...defaults, ...(target.id ? { id: target.id } : { cohortId: target.cohortId }) },
  });
  const { errors } = form.formState;
  const save = (values: Values): Promise<ActionResult<{ id: string; mailed?: number }>> =>
    target.id ? updateGatheringAction(slug, values) : createGatheringAction(slug, values);
  const { onSubmit, formError, succeeded } = useActionForm(form, save, (data) => {
    if (target.id) {
      setMailed(data.mailed ?? 0);
      router.refresh();
    } else router.push(`${listHref}/${data.id}`);
  });
  // Most gatherings last one day: the end date follows the start until it is set apart.
  const startDate = form.register("startDate", {
    onChange: (e: { target: { value: string } }) => {
      if (!form.getValues("endDate")) form.setValue("endDate", e.target.value);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      {succeeded && target.id ? (
        <div className="sm:col-span-2"><Alert tone="success">{mailed > 0 ? t("savedMailed", { count: mailed }) : t("saved")}</Alert></div>
      ) : null}
      <Field label={t("title")} error={fieldError(errors.title?.message)}>
        {(c) => <input {...c} {...form.register("title")} />}
      </Field>
      <Field label={t("type")} error={fieldError(errors.type?.message)}>
        {(c) => (
          <select {...c} {...form.register("type")}>
            {GATHERING_TYPES.map((type) => <option key={type} value={type}>{types(type)}</option>)}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-4">
        <Field label={t("startDate")} hint={t("zoneHint", { zone: timeZone })} error={fieldError(errors.startDate?.message)}>
          {(c) => <DateInput {...c} {...startDate} />}
        </Field>
        <Field label={t("startTime")} error={fieldError(errors.startTime?.message)}>
          {(c) => <TimeInput {...c} {...form.register("startTime")} />}
        </Field>
        <Field label={t("endDate")} hint={t("endDateHint")} error={fieldError(errors.endDate?.message)}>
          {(c) => <DateInput {...c} {...form.register("endDate")} />}
        </Field>
        <Field label={t("endTime")} error={fieldError(errors.endTime?.message)}>
          {(c) => <TimeInput {...c} {...form.register("endTime")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={t("place")} error={fieldError(errors.place?.message)}>
          {(c) => <input {...c} {...form.register("place")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={t("agenda")} hint={t("agendaHint")} error={fieldError(errors.agenda?.message)}>
          {(c) => <textarea rows={4} {...c} {...form.register("agenda")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{target.id ? t("save") : t("create")}</Button>
      </div>
    </form>
  );
}
