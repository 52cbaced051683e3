"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { APPLICANT_EMAIL_KINDS, type ApplicantEmailKind } from "@/lib/applications/email-kinds";
import { updateEmailTemplatesAction } from "@/lib/campaigns/actions";
import { emailTemplatesSchema } from "@/lib/campaigns/schemas";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { SetupForm } from "./setup-form";

type Wording = { subject: string; body: string };
export type TemplateTexts = Record<ApplicantEmailKind, Record<AppLocale, Wording>>;
type Values = { campaignId: string; templates: TemplateTexts };

const KINDS = Object.keys(APPLICANT_EMAIL_KINDS) as ApplicantEmailKind[];
const placeholderList = (kind: ApplicantEmailKind) => APPLICANT_EMAIL_KINDS[kind].map((name) => `{${name}}`).join(", ");

/**
 * The campaign's own wording of each applicant email, one language at a time. Empty fields show
 * the standard wording (`defaults`, from the catalog) that is sent while they stay empty.
 */
export function EmailTemplatesForm(props: { slug: string; campaignId: string; locale: AppLocale; templates: TemplateTexts; defaults: TemplateTexts }) {
  const t = useTranslations("campaigns.setup.templates");
  const tLanguage = useTranslations("language");
  const tValidation = useTranslations("validation");
  const fieldError = useFieldError();
  const [language, setLanguage] = useState<AppLocale>(props.locale);
  const form = useForm<Values>({
    resolver: zodResolver(emailTemplatesSchema) as unknown as Resolver<Values>,
    defaultValues: { campaignId: props.campaignId, templates: props.templates },
  });
  const { onSubmit, formError, succeeded } = useActionForm(form, (v) => updateEmailTemplatesAction(props.slug, v), () => undefined);
  const errors = form.formState.errors.templates;
  // The refused placeholder's message names the ones this email has.
  const errorOf = (kind: ApplicantEmailKind, message: unknown) =>
    message === "validation.unknownPlaceholder" ? tValidation("unknownPlaceholder", { allowed: placeholderList(kind) }) : fieldError(message);
  const languagesWithErrors = locales.filter((l) => KINDS.some((kind) => errors?.[kind]?.[l]));
  return (
    <SetupForm
      title={t("title")}
      lead={t("lead")}
      onSubmit={onSubmit}
      formError={formError}
      listError={languagesWithErrors.length ? t("errorsIn", { languages: languagesWithErrors.map((l) => tLanguage(l)).join(", ") }) : undefined}
      succeeded={succeeded}
    >
      <Field label={t("language")}>
        {(c) => (
          <select {...c} value={language} onChange={(e) => setLanguage(e.target.value as AppLocale)}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {tLanguage(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {KINDS.map((kind) => {
        const names = { kind: t(`kinds.${kind}`), language: tLanguage(language) };
        const own = errors?.[kind]?.[language];
        return (
          <section key={`${kind}-${language}`} aria-label={names.kind} className="space-y-3 rounded-md border border-slate-300 p-4">
            <h3 className="font-semibold">{names.kind}</h3>
            <p className="text-xs text-muted">{t("placeholders", { list: placeholderList(kind) })}</p>
            <Field label={t("subject", names)} error={errorOf(kind, own?.subject?.message)}>
              {(c) => <input maxLength={200} placeholder={props.defaults[kind][language].subject} {...c} {...form.register(`templates.${kind}.${language}.subject`)} />}
            </Field>
            <Field label={t("body", names)} error={errorOf(kind, own?.body?.message)}>
              {(c) => <textarea rows={6} maxLength={5000} placeholder={props.defaults[kind][language].body} {...c} {...form.register(`templates.${kind}.${language}.body`)} />}
            </Field>
          </section>
        );
      })}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </SetupForm>
  );
}
