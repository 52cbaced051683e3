"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { CheckboxField } from "../ui/checkbox-field";
import { useFieldError } from "../ui/use-action-form";
import { fieldId, type FormValues } from "./form-values";

/** The campaign's consent text, the required consent, and the optional talent pool. */
export function ConsentSection({ consentText, talentPoolMonths }: { consentText: string; talentPoolMonths: number }) {
  const t = useTranslations("apply.form");
  const fieldError = useFieldError();
  const { register, formState: { errors } } = useFormContext<FormValues>();
  return (
    <section aria-labelledby="consent-heading" className="space-y-3">
      <h2 id="consent-heading" className="text-xl font-semibold">{t("consentHeading")}</h2>
      <p className="whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm">{consentText}</p>
      <CheckboxField id={fieldId("processingConsent")} label={t("processingConsent")} error={fieldError(errors.processingConsent?.message)} {...register("processingConsent")} />
      <CheckboxField id={fieldId("talentPoolConsent")} label={t("talentPoolConsent", { months: talentPoolMonths })} {...register("talentPoolConsent")} />
    </section>
  );
}
