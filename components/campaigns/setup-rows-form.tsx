"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import { updateCriteriaAction, updateQuestionsAction } from "@/lib/campaigns/actions";
import { criteriaSchema, questionsSchema, type QuestionsInput } from "@/lib/campaigns/schemas";
import { locales } from "@/lib/i18n/routing";
import { Button, buttonClass } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { SetupForm } from "./setup-form";

/** A criterion is a question without the `required` flag. */
type Row = Omit<QuestionsInput["rows"][number], "required"> & { required?: boolean };
type Values = { campaignId: string; rows: Row[] };

// Criteria and questions are the same kind of list: labelled rows whose keys the server gives.
const VARIANTS = {
  criteria: { schema: criteriaSchema, action: updateCriteriaAction, min: 1, max: 8, maxLength: 80 },
  questions: { schema: questionsSchema, action: updateQuestionsAction, min: 0, max: 5, maxLength: 200 },
};

const emptyRow = (variant: keyof typeof VARIANTS): Row => ({
  key: "",
  label: { sv: "", nb: "", en: "" },
  ...(variant === "questions" ? { required: false } : {}),
});

/** The campaign's rating criteria or extra questions: add, remove and relabel rows, then save. */
export function SetupRowsForm({ slug, variant, campaignId, rows }: { slug: string; variant: keyof typeof VARIANTS; campaignId: string; rows: Row[] }) {
  const t = useTranslations(`campaigns.setup.${variant}`);
  const tLanguage = useTranslations("language");
  const fieldError = useFieldError();
  const addButton = useRef<HTMLButtonElement>(null);
  const { schema, action, min, max, maxLength } = VARIANTS[variant];
  const form = useForm<Values>({ resolver: zodResolver(schema) as unknown as Resolver<Values>, defaultValues: { campaignId, rows } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rows" });
  const { onSubmit, formError, succeeded } = useActionForm(form, (v) => action(slug, v), ({ keys }) => {
    // New rows now have their server-given keys: saving again keeps them.
    keys.forEach((key, i) => form.setValue(`rows.${i}.key`, key));
  });
  const errors = form.formState.errors.rows;
  const listError = fieldError(errors?.message ?? errors?.root?.message);
  const removeRow = (index: number) => {
    remove(index);
    addButton.current?.focus();
  };
  return (
    <SetupForm title={t("title")} lead={t("lead")} onSubmit={onSubmit} formError={formError} listError={listError} succeeded={succeeded}>
      {fields.length === 0 && variant === "questions" ? <p className="text-sm text-muted">{t("empty")}</p> : null}
      <ol className="space-y-4">
        {fields.map((field, i) => (
          <li key={field.id}>
            <fieldset className="rounded-md border border-slate-300 p-4">
              <legend className="px-1 text-sm font-semibold">{t("row", { number: i + 1 })}</legend>
              <div className="grid gap-3 sm:grid-cols-3">
                {locales.map((locale) => (
                  <Field
                    key={locale}
                    label={t("label", { number: i + 1, language: tLanguage(locale) })}
                    error={fieldError(errors?.[i]?.label?.[locale]?.message)}
                  >
                    {(c) => <input maxLength={maxLength} {...c} {...form.register(`rows.${i}.label.${locale}`)} />}
                  </Field>
                ))}
              </div>
              <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
                {variant === "questions" ? (
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" {...form.register(`rows.${i}.required`)} />
                    {t("required", { number: i + 1 })}
                  </label>
                ) : (
                  <span />
                )}
                <Button variant="secondary" onClick={() => removeRow(i)} disabled={fields.length <= min}>
                  {t("remove", { number: i + 1 })}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button
          ref={addButton}
          type="button"
          className={buttonClass("secondary")}
          disabled={fields.length >= max}
          onClick={() => append(emptyRow(variant), { focusName: `rows.${fields.length}.label.sv` })}
        >
          {t("add")}
        </button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </SetupForm>
  );
}
