"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { COVER_LETTER_MAX } from "@/lib/applications/schemas";
import { CharacterCount } from "../ui/character-count";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";
import { CvUpload } from "./cv-upload";
import { fieldId, type FormValues } from "./form-values";

/** The cover letter (with what is left of its limit) and the CV, which uploads on its own. */
export function LetterSection({ slug, campaignId, disabled }: { slug: string; campaignId: string; disabled: boolean }) {
  const t = useTranslations("apply.form");
  const fieldError = useFieldError();
  const { register, watch, setValue, formState: { errors, isSubmitted } } = useFormContext<FormValues>();
  const letter = watch("coverLetter") ?? "";
  const counterId = `${fieldId("coverLetter")}-count`;
  return (
    <section aria-labelledby="letter-heading" className="space-y-4">
      <h2 id="letter-heading" className="text-xl font-semibold">{t("letterHeading")}</h2>
      <Field id={fieldId("coverLetter")} label={t("coverLetter")} hint={t("coverLetterHint")} error={fieldError(errors.coverLetter?.message)}>
        {(c) => (
          <>
            {/* Above the box: below a tall box (and the phone's keyboard) it would be out of sight. */}
            <CharacterCount id={counterId} length={letter.length} max={COVER_LETTER_MAX} />
            <textarea rows={10} {...c} aria-describedby={[c["aria-describedby"], counterId].filter(Boolean).join(" ")} {...register("coverLetter")} />
          </>
        )}
      </Field>
      <CvUpload
        id={fieldId("cv")}
        slug={slug}
        campaignId={campaignId}
        cv={watch("cv")}
        disabled={disabled}
        error={fieldError(errors.cv?.message)}
        onUploaded={(cv) => setValue("cv", cv, { shouldValidate: isSubmitted })}
      />
    </section>
  );
}
