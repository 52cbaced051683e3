import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import nb from "../../messages/nb.json";
import sv from "../../messages/sv.json";
import type { AppLocale } from "./routing";

export const catalogs = { sv, nb, en } as const;

/** A translator outside a request (email, jobs), for one namespace of the catalog. */
export function translatorFor(locale: AppLocale, namespace: string) {
  // The namespace is dynamic here, so the translator is typed loosely on purpose.
  return createTranslator({ locale, messages: catalogs[locale] as Record<string, unknown>, namespace }) as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}
