"use client";

import { useTranslations } from "next-intl";

export type Language = { locale: string; count: number; draft: { subject: string; body: string } };

const CONTROL = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700";

/** Subject and body for each language the recipients read, each in a fieldset named by its language. */
export function MailDraftFields({
  idPrefix,
  languages,
  drafts,
  errors,
  onChange,
}: {
  idPrefix: string;
  languages: Language[];
  drafts: Record<string, { subject: string; body: string }>;
  errors: Record<string, string>;
  onChange: (locale: string, draft: { subject: string; body: string }) => void;
}) {
  const t = useTranslations("review.mail");
  const names = useTranslations("options.locale");
  return (
    <>
      {languages.map(({ locale, count }) => {
        const draft = drafts[locale] ?? { subject: "", body: "" };
        const id = `${idPrefix}-${locale}`;
        const error = (field: "subject" | "body") => errors[`drafts.${locale}.${field}`];
        return (
          <fieldset key={locale} lang={locale} className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
            <legend className="px-1 text-sm font-semibold">{t("language", { language: names(locale), count })}</legend>
            <div>
              <label htmlFor={`${id}-subject`} className="block text-sm font-medium">{t("subject")}</label>
              <input
                id={`${id}-subject`}
                value={draft.subject}
                aria-invalid={Boolean(error("subject"))}
                aria-describedby={error("subject") ? `${id}-subject-error` : undefined}
                onChange={(e) => onChange(locale, { ...draft, subject: e.target.value })}
                className={CONTROL}
              />
              {error("subject") ? <p id={`${id}-subject-error`} className="mt-1 text-sm text-red-800">{error("subject")}</p> : null}
            </div>
            <div>
              <label htmlFor={`${id}-body`} className="block text-sm font-medium">{t("body")}</label>
              <textarea
                id={`${id}-body`}
                rows={8}
                value={draft.body}
                aria-invalid={Boolean(error("body"))}
                aria-describedby={error("body") ? `${id}-body-error` : undefined}
                onChange={(e) => onChange(locale, { ...draft, body: e.target.value })}
                className={CONTROL}
              />
              {error("body") ? <p id={`${id}-body-error`} className="mt-1 text-sm text-red-800">{error("body")}</p> : null}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
