"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createQuestionAction, updateQuestionAction } from "@/lib/surveys/actions";
import { createQuestionSchema, MAX_OPTIONS, updateQuestionSchema } from "@/lib/surveys/schemas";
import { AUDIENCES, QUESTION_KINDS, SURVEY_LOCALES, type AudienceName, type Label, type QuestionKindName } from "@/lib/surveys/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

interface QuestionValues {
  id?: string;
  audience?: AudienceName;
  kind?: QuestionKindName;
  label: Label;
  required: boolean;
  options: { value?: string; label: Label }[];
}

const EMPTY: Label = { sv: "", nb: "", en: "" };

/**
 * A question of the bank: new (audience and kind chosen once), or an existing one's wording,
 * whether it must be answered and its options. Ready-made choice questions keep their options:
 * only their wording changes (`fixedOptions`).
 */
export function QuestionForm({ slug, question, fixedOptions = false }: { slug: string; question?: QuestionValues & { id: string; kind: QuestionKindName }; fixedOptions?: boolean }) {
  const t = useTranslations("surveys.bank");
  const router = useRouter();
  const fieldError = useFieldError();
  const editing = Boolean(question);
  const schemaResolver = zodResolver(editing ? updateQuestionSchema : createQuestionSchema) as unknown as Resolver<QuestionValues>;
  const form = useForm<QuestionValues>({
    // Options belong to choice questions only: hidden option rows of another kind are not checked.
    resolver: (values, context, options) =>
      schemaResolver({ ...values, options: (question?.kind ?? values.kind) === "CHOICE" ? values.options : [] }, context, options),
    defaultValues: question
      ? { id: question.id, label: question.label, required: question.required, options: question.options }
      : { audience: "TRAINEE", kind: "CHOICE", label: EMPTY, required: false, options: [{ label: EMPTY }, { label: EMPTY }] },
  });
  const options = useFieldArray({ control: form.control, name: "options" });
  const kind = question?.kind ?? form.watch("kind");
  const { errors } = form.formState;
  const { onSubmit, formError, succeeded } = useActionForm(
    form,
    (values) => {
      const payload = { ...values, options: kind === "CHOICE" ? values.options : [] };
      return editing ? updateQuestionAction(slug, payload) : createQuestionAction(slug, payload);
    },
    () => {
      if (editing) return router.push(`/c/${slug}/surveys/questions`);
      form.reset();
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded && !editing ? <Alert tone="success">{t("created")}</Alert> : null}
      {editing ? null : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("audience")} error={fieldError(errors.audience?.message)}>
            {(c) => (
              <select {...c} {...form.register("audience")}>
                {AUDIENCES.map((a) => <option key={a} value={a}>{t(`audiences.${a}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t("kind")} hint={t("kindHint")} error={fieldError(errors.kind?.message)}>
            {(c) => (
              <select {...c} {...form.register("kind")}>
                {QUESTION_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
              </select>
            )}
          </Field>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {SURVEY_LOCALES.map((locale) => (
          <Field key={locale} label={t(`labelIn.${locale}`)} error={fieldError(errors.label?.[locale]?.message)}>
            {(c) => <input lang={locale} {...c} {...form.register(`label.${locale}`)} />}
          </Field>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...form.register("required")} />
        {t("requiredCheckbox")}
      </label>
      {kind === "CHOICE" ? (
        <fieldset className="space-y-3" aria-describedby={errors.options?.message ? "options-error" : undefined}>
          <legend className="font-medium">{t("options")}</legend>
          {fixedOptions ? <p className="text-sm text-muted">{t("fixedOptionsHint")}</p> : null}
          {options.fields.map((field, i) => (
            <div key={field.id} className="grid items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-4">
              {SURVEY_LOCALES.map((locale) => (
                <Field key={locale} label={t("optionIn", { n: i + 1, language: t(`languages.${locale}`) })} error={fieldError(errors.options?.[i]?.label?.[locale]?.message)}>
                  {(c) => <input lang={locale} {...c} {...form.register(`options.${i}.label.${locale}`)} />}
                </Field>
              ))}
              {fixedOptions ? null : (
                <Button variant="secondary" onClick={() => options.remove(i)} disabled={options.fields.length <= 2}>
                  {t("removeOption", { n: i + 1 })}
                </Button>
              )}
            </div>
          ))}
          {errors.options?.message ? <p id="options-error" className="text-sm text-red-800">{fieldError(errors.options.message)}</p> : null}
          {fixedOptions || options.fields.length >= MAX_OPTIONS ? null : (
            <Button variant="secondary" onClick={() => options.append({ label: EMPTY })}>{t("addOption")}</Button>
          )}
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{editing ? t("save") : t("create")}</Button>
        {editing ? <Button variant="secondary" onClick={() => router.push(`/c/${slug}/surveys/questions`)}>{t("cancelEdit")}</Button> : null}
      </div>
    </form>
  );
}
