"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { GENDERS, HEARD_FROM, REGION_TIES } from "@/lib/applications/schemas";
import { EDUCATION_LEVELS } from "@/lib/postings/schemas";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";
import { fieldId, type FormValues } from "./form-values";

/** About the applicant: name, education, ties to the region, and the optional statistics. */
export function ProfileSection() {
  const t = useTranslations("apply.form");
  const options = useTranslations("options");
  const fieldError = useFieldError();
  const { register, formState: { errors } } = useFormContext<FormValues>();
  return (
    <section aria-labelledby="profile-heading" className="grid gap-4 sm:grid-cols-2">
      <h2 id="profile-heading" className="text-xl font-semibold sm:col-span-2">{t("profileHeading")}</h2>
      <Field id={fieldId("firstName")} label={t("firstName")} error={fieldError(errors.firstName?.message)}>
        {(c) => <input autoComplete="given-name" {...c} {...register("firstName")} />}
      </Field>
      <Field id={fieldId("lastName")} label={t("lastName")} error={fieldError(errors.lastName?.message)}>
        {(c) => <input autoComplete="family-name" {...c} {...register("lastName")} />}
      </Field>
      <Field id={fieldId("phone")} label={t("phone")} hint={t("optional")} error={fieldError(errors.phone?.message)}>
        {(c) => <input type="tel" autoComplete="tel" {...c} {...register("phone")} />}
      </Field>
      <Field id={fieldId("educationLevel")} label={t("educationLevel")} error={fieldError(errors.educationLevel?.message)}>
        {(c) => (
          <select {...c} {...register("educationLevel")}>
            <option value="">{t("choose")}</option>
            {EDUCATION_LEVELS.map((l) => <option key={l} value={l}>{options(`educationLevel.${l}`)}</option>)}
          </select>
        )}
      </Field>
      <Field id={fieldId("field")} label={t("field")} hint={t("fieldHint")} error={fieldError(errors.field?.message)}>
        {(c) => <input {...c} {...register("field")} />}
      </Field>
      <Field id={fieldId("university")} label={t("university")} error={fieldError(errors.university?.message)}>
        {(c) => <input autoComplete="organization" {...c} {...register("university")} />}
      </Field>
      <Field id={fieldId("graduationYear")} label={t("graduationYear")} hint={t("graduationYearHint")} error={fieldError(errors.graduationYear?.message)}>
        {(c) => <input inputMode="numeric" maxLength={4} {...c} {...register("graduationYear")} />}
      </Field>
      <Field id={fieldId("heardFrom")} label={t("heardFrom")} hint={t("optional")} error={fieldError(errors.heardFrom?.message)}>
        {(c) => (
          <select {...c} {...register("heardFrom")}>
            <option value="">{t("choose")}</option>
            {HEARD_FROM.map((h) => <option key={h} value={h}>{options(`heardFrom.${h}`)}</option>)}
          </select>
        )}
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("ties")}</legend>
        <p className="text-xs text-muted">{t("tiesHint")}</p>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {REGION_TIES.map((tie) => (
            <label key={tie} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={tie} {...register("ties")} />
              {options(`tie.${tie}`)}
            </label>
          ))}
        </div>
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("livesInRegion")} />
          {t("livesInRegion")}
        </label>
      </fieldset>
      <Field id={fieldId("gender")} label={t("gender")} hint={t("genderHint")} error={fieldError(errors.gender?.message)}>
        {(c) => (
          <select {...c} {...register("gender")}>
            {GENDERS.map((g) => <option key={g} value={g}>{options(`gender.${g}`)}</option>)}
          </select>
        )}
      </Field>
      <Field id={fieldId("genderDescription")} label={t("genderDescription")} hint={t("optional")} error={fieldError(errors.genderDescription?.message)}>
        {(c) => <input {...c} {...register("genderDescription")} />}
      </Field>
    </section>
  );
}
