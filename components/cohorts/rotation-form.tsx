"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { planRotationAction } from "@/lib/placements/actions";
import { MAX_LEG_MONTHS, MAX_LEGS, planRotationSchema } from "@/lib/placements/schemas";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { EmployerSelect, type EmployerOption } from "./employer-select";

type Values = { traineeId: string; startDate: string; legs: { employerId: string; months: string }[] };

/**
 * Employers in order with months each, from the cohort's start or a chosen date. A single
 * employer with no months runs to the cohort's end: one employer for the whole programme.
 */
export function RotationForm({ slug, traineeId, employers, cohortStart }: {
  slug: string;
  traineeId: string;
  employers: EmployerOption[];
  /** The cohort's start as the reader writes dates, for the hint. */
  cohortStart: string;
}) {
  const t = useTranslations("placements.rotation");
  const router = useRouter();
  const fieldError = useFieldError();
  const addButton = useRef<HTMLButtonElement>(null);
  const form = useForm<Values>({
    resolver: zodResolver(planRotationSchema) as unknown as Resolver<Values>,
    defaultValues: { traineeId, startDate: "", legs: [{ employerId: "", months: "" }] },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "legs" });
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => planRotationAction(slug, values), () => router.refresh());
  const errors = form.formState.errors;
  const removeLeg = (i: number) => {
    remove(i);
    addButton.current?.focus();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("planned")}</Alert> : null}
      <div className="max-w-xs">
        <Field label={t("startDate")} hint={t("startHint", { date: cohortStart })} error={fieldError(errors.startDate?.message)}>
          {(c) => <DateInput {...c} {...form.register("startDate")} />}
        </Field>
      </div>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <li key={field.id}>
            <fieldset className="rounded-md border border-slate-300 p-3">
              <legend className="px-1 text-sm font-semibold">{t("leg", { number: i + 1 })}</legend>
              <div className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_auto]">
                <Field label={t("employer", { number: i + 1 })} error={fieldError(errors.legs?.[i]?.employerId?.message)}>
                  {(c) => <EmployerSelect employers={employers} control={c} register={form.register(`legs.${i}.employerId`)} />}
                </Field>
                <Field
                  label={t("months", { number: i + 1 })}
                  hint={i === fields.length - 1 ? t("monthsHintLast") : undefined}
                  error={fieldError(errors.legs?.[i]?.months?.message)}
                >
                  {(c) => <input type="number" inputMode="numeric" min={1} max={MAX_LEG_MONTHS} {...c} {...form.register(`legs.${i}.months`)} />}
                </Field>
                <Button variant="secondary" onClick={() => removeLeg(i)} disabled={fields.length <= 1}>
                  {t("remove")}
                  <span className="sr-only">{t("legName", { number: i + 1 })}</span>
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {fieldError(errors.legs?.message ?? errors.legs?.root?.message) ? (
        <p className="text-sm text-red-800">{fieldError(errors.legs?.message ?? errors.legs?.root?.message)}</p>
      ) : null}
      <p className="text-sm text-muted">{t("replaces")}</p>
      <div className="flex flex-wrap gap-3">
        <button
          ref={addButton}
          type="button"
          className={buttonClass("secondary")}
          disabled={fields.length >= MAX_LEGS}
          onClick={() => append({ employerId: "", months: "" }, { focusName: `legs.${fields.length}.employerId` })}
        >
          {t("add")}
        </button>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("submit")}</Button>
      </div>
    </form>
  );
}
