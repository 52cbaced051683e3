"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { answersSchema, type AnswerFormValues } from "@/lib/surveys/answers";
import { submitSurveyAction } from "@/lib/surveys/actions";
import type { SnapshotQuestion } from "@/lib/surveys/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { SurveyQuestion } from "./survey-question";

interface Props {
  slug: string;
  token: string;
  locale: AppLocale;
  questions: SnapshotQuestion[];
  municipalities: string[];
}

/**
 * The answer form, built from the questions as they were sent. The same rules check it here and
 * on the server; the token in the URL is all the server needs to know whose survey it is.
 */
export function SurveyForm({ slug, token, locale, questions, municipalities }: Props) {
  const t = useTranslations("survey");
  const fieldError = useFieldError();
  const [done, setDone] = useState(false);
  const schema = useMemo(() => answersSchema(questions, municipalities), [questions, municipalities]);
  const form = useForm<AnswerFormValues>({
    // raw: the server gets what was typed and checks it again against the stored questions.
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: { answers: Object.fromEntries(questions.map((q) => [q.id, ""])), other: {} },
  });
  const { onSubmit, formError } = useActionForm(
    form,
    (values) => submitSurveyAction({ slug, token, answers: values.answers, other: values.other ?? {} }),
    () => setDone(true),
  );
  if (done) return <Alert tone="success">{t("thanks")}</Alert>;
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p className="text-sm text-muted">{t("requiredNote")}</p>
      <ol className="space-y-6">
        {questions.map((q) => (
          <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <SurveyQuestion
              question={q}
              label={localized(q.label, locale)}
              optionLabels={Object.fromEntries(q.options.map((o) => [o.value, localized(o.label, locale)]))}
              municipalities={municipalities}
              form={form}
              error={fieldError(errors.answers?.[q.id]?.message)}
              otherError={fieldError(errors.other?.[q.id]?.message)}
            />
          </li>
        ))}
      </ol>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
