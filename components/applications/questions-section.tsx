"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { EXTRA_ANSWER_MAX } from "@/lib/applications/schemas";
import { CharacterCount } from "../ui/character-count";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";
import { fieldId, type FormQuestion, type FormValues } from "./form-values";

/** The campaign's own questions, if it has any. */
export function QuestionsSection({ questions }: { questions: FormQuestion[] }) {
  const t = useTranslations("apply.form");
  const fieldError = useFieldError();
  const { register, watch, formState: { errors } } = useFormContext<FormValues>();
  const answers = watch("extraAnswers") ?? {};
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading" className="space-y-4">
      <h2 id="questions-heading" className="text-xl font-semibold">{t("questionsHeading")}</h2>
      {questions.map((q) => {
        const id = fieldId(`extraAnswers.${q.key}`);
        return (
          <Field key={q.key} id={id} label={q.label} hint={q.required ? undefined : t("optional")} error={fieldError(errors.extraAnswers?.[q.key]?.message)}>
            {(c) => (
              <>
                <CharacterCount id={`${id}-count`} length={(answers[q.key] ?? "").length} max={EXTRA_ANSWER_MAX} />
                <textarea rows={3} {...c} aria-describedby={[c["aria-describedby"], `${id}-count`].filter(Boolean).join(" ")} {...register(`extraAnswers.${q.key}`)} />
              </>
            )}
          </Field>
        );
      })}
    </section>
  );
}
