"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { decideExemptionAction } from "@/lib/applicant-lists/actions";
import { decideExemptionSchema, NOTE_MAX, type DecideExemptionInput } from "@/lib/applicant-lists/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** Grant or refuse one request, with the reasoning the applicant is sent (decision 0050). */
export function ExemptionDecisionForm({ slug, exemptionId, name }: { slug: string; exemptionId: string; name: string }) {
  const t = useTranslations("applicantLists.requests.decide");
  const fieldError = useFieldError();
  const router = useRouter();
  const form = useForm<DecideExemptionInput>({
    resolver: zodResolver(decideExemptionSchema),
    defaultValues: { exemptionId, decision: undefined, note: "" },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (values) => decideExemptionAction(slug, values), () => router.refresh());
  const ids = { decision: `decision-${exemptionId}`, note: `decision-note-${exemptionId}` };
  const decisionError = fieldError(errors.decision?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${t("legend")}: ${name}`}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset aria-describedby={decisionError ? `${ids.decision}-error` : undefined}>
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:gap-6">
          {(["GRANT", "REFUSE"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" value={value} aria-invalid={Boolean(decisionError)} {...form.register("decision")} />
              {t(value === "GRANT" ? "grant" : "refuse")}
            </label>
          ))}
        </div>
        {decisionError ? <p id={`${ids.decision}-error`} className="mt-1 text-sm text-red-800">{decisionError}</p> : null}
      </fieldset>
      <Field id={ids.note} label={t("note")} hint={t("noteHint")} error={fieldError(errors.note?.message)}>
        {(c) => <textarea rows={3} maxLength={NOTE_MAX} {...c} {...form.register("note")} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("submit")}</Button>
    </form>
  );
}
