"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { removeBuddyAction, setBuddyAction } from "@/lib/cohorts/actions";
import { buddySchema, type BuddyInput } from "@/lib/cohorts/schemas";
import { ActionButton } from "../ui/action-button";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/card";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface BuddyCohort {
  id: string;
  name: string;
  trainees: { id: string; name: string }[];
}

/** The trainee's buddy, chosen among trainees and alumni of earlier cohorts, grouped by cohort. */
export function BuddyForm({ slug, traineeId, buddy, cohorts }: {
  slug: string;
  traineeId: string;
  buddy: { id: string; name: string } | null;
  cohorts: BuddyCohort[];
}) {
  const t = useTranslations("trainees.buddy");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<BuddyInput>({ resolver: zodResolver(buddySchema), defaultValues: { traineeId, buddyTraineeId: buddy?.id ?? "" } });
  const { errors } = form.formState;
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => setBuddyAction(slug, values), () => router.refresh());
  return (
    <div className="space-y-4">
      {cohorts.length === 0 ? (
        <EmptyState>{t("noEarlier")}</EmptyState>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
          <Field label={t("choose")} hint={t("hint")} error={fieldError(errors.buddyTraineeId?.message)}>
            {(c) => (
              <select {...c} {...form.register("buddyTraineeId")}>
                <option value="">{t("none")}</option>
                {cohorts.map((cohort) => (
                  <optgroup key={cohort.id} label={t("cohort", { cohort: cohort.name })}>
                    {cohort.trainees.map((trainee) => (
                      <option key={trainee.id} value={trainee.id}>{trainee.name}</option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
        </form>
      )}
      {buddy ? (
        <ActionButton action={removeBuddyAction} args={[slug, { traineeId }]} variant="danger" confirm={{ question: t("removeQuestion", { name: buddy.name }), yes: t("removeYes") }}>
          {t("remove")}
        </ActionButton>
      ) : null}
    </div>
  );
}
