"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { AnswerFormValues } from "@/lib/surveys/answers";
import { ELSEWHERE, SCALE_VALUES, type SnapshotQuestion } from "@/lib/surveys/types";
import { Field } from "../ui/field";

interface Props {
  question: SnapshotQuestion;
  /** The question's text in the reader's language. */
  label: string;
  /** Option labels in the reader's language, by value. */
  optionLabels: Record<string, string>;
  municipalities: string[];
  form: UseFormReturn<AnswerFormValues>;
  error?: string;
  otherError?: string;
}

/** A radio group in a fieldset whose legend is the question; the error is read with it. */
function RadioGroup({ legend, name, choices, error, form }: { legend: string; name: `answers.${string}`; choices: { value: string; label: string }[]; error?: string; form: Props["form"] }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {choices.map((choice) => (
          <label key={choice.value} className="inline-flex items-center gap-2 text-sm">
            <input type="radio" value={choice.value} aria-describedby={error ? errorId : undefined} className="h-4 w-4" {...form.register(name)} />
            {choice.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One question of a survey as its kind asks: a choice, a 1–5 scale, free text or a municipality. */
export function SurveyQuestion({ question, label, optionLabels, municipalities, form, error, otherError }: Props) {
  const t = useTranslations("survey");
  const name = `answers.${question.id}` as const;
  const text = question.required ? t("requiredLabel", { label }) : label;
  const selected = form.watch(name);

  if (question.kind === "SCALE") {
    const choices = SCALE_VALUES.map((n) => ({ value: String(n), label: t(`scale.${n}`) }));
    return <RadioGroup legend={text} name={name} choices={choices} error={error} form={form} />;
  }
  if (question.kind === "CHOICE") {
    const choices = question.options.map((o) => ({ value: o.value, label: optionLabels[o.value] ?? o.value }));
    return <RadioGroup legend={text} name={name} choices={choices} error={error} form={form} />;
  }
  if (question.kind === "TEXT") {
    return (
      <Field label={text} error={error}>
        {(c) => <textarea rows={4} {...c} {...form.register(name)} />}
      </Field>
    );
  }
  return (
    <div className="space-y-3">
      <Field label={text} error={error}>
        {(c) => (
          <select {...c} {...form.register(name)}>
            <option value="">{t("chooseMunicipality")}</option>
            {municipalities.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
            <option value={ELSEWHERE}>{t("elsewhere")}</option>
          </select>
        )}
      </Field>
      {selected === ELSEWHERE ? (
        <Field label={t("elsewhereName")} error={otherError}>
          {(c) => <input autoComplete="address-level2" {...c} {...form.register(`other.${question.id}`)} />}
        </Field>
      ) : null}
    </div>
  );
}
