"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { REASON_MAX } from "@/lib/applicant-lists/schemas";
import { fieldId, type FormValues } from "../applications/form-values";
import { CheckboxField } from "../ui/checkbox-field";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";

/**
 * The application form's part for a Norwegian public employer's posting (offentleglova § 25):
 * what the public and extended applicant lists need that the profile lacks, and the request to
 * be left off the public list with its reason. Shown only while such a posting is ranked; the
 * applicant reads before sending that a request may be refused (decision 0050).
 */
export function ListDetailsSection({ listPostings }: { listPostings: readonly string[] }) {
  const t = useTranslations("applicantLists.form");
  const fieldError = useFieldError();
  const { register, watch, formState: { errors } } = useFormContext<FormValues>();
  const ranked = watch("preferences").some((id) => listPostings.includes(id));
  const asking = watch("listExemption");
  if (!ranked) return null;
  return (
    <section aria-labelledby="applicant-list-heading" className="grid gap-4 rounded-md border border-slate-300 p-4 sm:grid-cols-2">
      <h2 id="applicant-list-heading" className="text-xl font-semibold sm:col-span-2">{t("heading")}</h2>
      <p className="text-sm sm:col-span-2">{t("lead")}</p>
      <Field id={fieldId("birthYear")} label={t("birthYear")} hint={t("birthYearHint")} error={fieldError(errors.birthYear?.message)}>
        {(c) => <input inputMode="numeric" maxLength={4} autoComplete="bday-year" {...c} {...register("birthYear")} />}
      </Field>
      <Field id={fieldId("homeMunicipality")} label={t("homeMunicipality")} error={fieldError(errors.homeMunicipality?.message)}>
        {(c) => <input autoComplete="address-level2" {...c} {...register("homeMunicipality")} />}
      </Field>
      <div className="sm:col-span-2">
        <Field id={fieldId("currentPosition")} label={t("currentPosition")} hint={t("currentPositionHint")} error={fieldError(errors.currentPosition?.message)}>
          {(c) => <input autoComplete="organization-title" {...c} {...register("currentPosition")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field id={fieldId("workExperience")} label={t("workExperience")} hint={t("workExperienceHint")} error={fieldError(errors.workExperience?.message)}>
          {(c) => <textarea rows={3} {...c} {...register("workExperience")} />}
        </Field>
      </div>
      <div className="space-y-3 sm:col-span-2">
        <CheckboxField id={fieldId("listExemption")} label={t("listExemption")} aria-describedby="apply-listExemption-hint" {...register("listExemption")} />
        <p id="apply-listExemption-hint" className="text-xs text-muted">{t("listExemptionHint")}</p>
        {asking ? (
          <Field id={fieldId("listExemptionReason")} label={t("listExemptionReason")} error={fieldError(errors.listExemptionReason?.message)}>
            {(c) => <textarea rows={3} maxLength={REASON_MAX} {...c} {...register("listExemptionReason")} />}
          </Field>
        ) : null}
      </div>
    </section>
  );
}
