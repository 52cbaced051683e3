"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { sendSurveysAction } from "@/lib/surveys/actions";
import { sendSurveysSchema, type SendSurveysInput } from "@/lib/surveys/schemas";
import type { SendTally } from "@/lib/surveys/send";
import { WAVES } from "@/lib/surveys/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface SendableCohort {
  id: string;
  name: string;
  trainees: { id: string; name: string }[];
}

/** Sends a wave now, to a whole cohort or to one trainee; says who got it and who was left out. */
export function SendSurveysForm({ slug, cohorts, cohortId }: { slug: string; cohorts: SendableCohort[]; cohortId?: string }) {
  const t = useTranslations("surveys.send");
  const waves = useTranslations("surveys.overview.wave");
  const router = useRouter();
  const fieldError = useFieldError();
  const [tally, setTally] = useState<SendTally | null>(null);
  const form = useForm<SendSurveysInput>({
    resolver: zodResolver(sendSurveysSchema, undefined, { raw: true }),
    defaultValues: { cohortId: cohortId ?? cohorts[0]?.id ?? "", wave: "END", traineeId: "" },
  });
  const { errors } = form.formState;
  const chosen = cohorts.find((c) => c.id === form.watch("cohortId"));
  const { onSubmit, formError } = useActionForm(
    form,
    (values) => {
      setTally(null);
      return sendSurveysAction(slug, values);
    },
    (result) => {
      setTally(result);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      {formError ? <div className="sm:col-span-3"><Alert tone="error">{formError}</Alert></div> : null}
      {tally ? <div className="sm:col-span-3"><Alert tone="success">{t("result", { ...tally, noContact: tally.noContact.length })}</Alert></div> : null}
      <Field label={t("cohort")} error={fieldError(errors.cohortId?.message)}>
        {(c) => (
          <select {...c} {...form.register("cohortId", { onChange: () => form.setValue("traineeId", "") })}>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>{cohort.name}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("wave")} hint={t("waveHint")} error={fieldError(errors.wave?.message)}>
        {(c) => (
          <select {...c} {...form.register("wave")}>
            {WAVES.map((w) => (
              <option key={w} value={w}>{waves(w)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("trainee")} error={fieldError(errors.traineeId?.message)}>
        {(c) => (
          <select {...c} {...form.register("traineeId")}>
            <option value="">{t("everyone")}</option>
            {(chosen?.trainees ?? []).map((trainee) => (
              <option key={trainee.id} value={trainee.id}>{trainee.name}</option>
            ))}
          </select>
        )}
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={form.formState.isSubmitting || cohorts.length === 0}>{t("submit")}</Button>
      </div>
    </form>
  );
}
