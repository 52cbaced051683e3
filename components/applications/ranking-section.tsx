"use client";

import { useTranslations } from "next-intl";
import { useFormContext, type FieldErrors } from "react-hook-form";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";
import { fieldId, type FormValues } from "./form-values";

/** The ranking's own error: react-hook-form keeps an array field's error under `root`. */
export function rankingError(errors: FieldErrors<FormValues>): string | undefined {
  const error = errors.preferences as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

/**
 * The roles the applicant wants, in order: one select per choice the campaign allows. `notes`
 * says beside a chosen posting what applying to it means (a public employer's, decision 0050).
 */
export function RankingSection({ postings, maxPreferences, notes = {} }: { postings: { id: string; label: string }[]; maxPreferences: number; notes?: Record<string, string> }) {
  const t = useTranslations("apply.form");
  const fieldError = useFieldError();
  const { register, watch, formState: { errors } } = useFormContext<FormValues>();
  const error = fieldError(rankingError(errors));
  const chosen = watch("preferences");
  return (
    <section aria-labelledby="postings-heading" className="space-y-4">
      <h2 id="postings-heading" className="text-xl font-semibold">{t("postingsHeading")}</h2>
      <p className="text-sm text-muted">{t("postingsHint", { count: maxPreferences })}</p>
      {error ? <p id={`${fieldId("preferences")}-error`} className="text-sm font-medium text-red-800">{error}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: maxPreferences }, (_, i) => {
          const twice = Boolean(chosen[i]) && chosen.indexOf(chosen[i]) !== i;
          const note = chosen[i] ? notes[chosen[i]] : undefined;
          const noteId = `${fieldId(`preferences.${i}`)}-note`;
          const describedBy = [error && `${fieldId("preferences")}-error`, note && noteId].filter(Boolean).join(" ") || undefined;
          return (
            <div key={i}>
              <Field id={fieldId(`preferences.${i}`)} label={t("choice", { rank: i + 1 })}>
                {(c) => (
                  <select
                    {...c}
                    aria-invalid={Boolean(error) && (i === 0 || twice)}
                    aria-describedby={describedBy}
                    {...register(`preferences.${i}`)}
                  >
                    <option value="">{t("noChoice")}</option>
                    {postings.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
                  </select>
                )}
              </Field>
              {note ? <p id={noteId} className="mt-1 text-xs text-muted">{note}</p> : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
