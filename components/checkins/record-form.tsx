"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { recordCheckInAction } from "@/lib/checkins/actions";
import { recordCheckInSchema, type RecordCheckInInput } from "@/lib/checkins/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { WellbeingField } from "./wellbeing-field";

interface Props {
  slug: string;
  defaults: { checkInId: string; heldOn: string; wellbeing: string; nextSteps: string; sharedNote: string; privateNote: string };
  recorded: boolean;
}

/**
 * The notes of a check-in in two fieldsets that cannot be mistaken for each other: what the
 * employer contact and the trainee may read, and what only coordinators read.
 */
export function RecordForm({ slug, defaults, recorded }: Props) {
  const t = useTranslations("checkIns.record");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<RecordCheckInInput>({ resolver: zodResolver(recordCheckInSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => recordCheckInAction(slug, values), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-300 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("heldLegend")}</legend>
        <div className="max-w-xs">
          <Field label={t("heldOn")} error={fieldError(errors.heldOn?.message)}>
            {(c) => <DateInput {...c} {...form.register("heldOn")} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border-2 border-brand-600 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("sharedLegend")}</legend>
        <p className="text-sm text-muted">{t("sharedHint")}</p>
        <WellbeingField register={form.register("wellbeing")} error={fieldError(errors.wellbeing?.message)} />
        <Field label={t("nextSteps")} hint={t("nextStepsHint")} error={fieldError(errors.nextSteps?.message)}>
          {(c) => <textarea rows={3} {...c} {...form.register("nextSteps")} />}
        </Field>
        <Field label={t("sharedNote")} error={fieldError(errors.sharedNote?.message)}>
          {(c) => <textarea rows={4} {...c} {...form.register("sharedNote")} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border-2 border-dashed border-amber-700 bg-amber-50 p-5">
        <legend className="px-1 text-lg font-semibold">{t("privateLegend")}</legend>
        <p className="text-sm">{t("privateHint")}</p>
        <Field label={t("privateNote")} error={fieldError(errors.privateNote?.message)}>
          {(c) => <textarea rows={4} {...c} {...form.register("privateNote")} />}
        </Field>
      </fieldset>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {recorded ? t("update") : t("save")}
      </Button>
    </form>
  );
}
