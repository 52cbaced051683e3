import type { AppLocale } from "./routing";

/** Text the coordinator wrote per language ({ sv, nb, en }): this locale's, else English, else any. */
export function localized(text: Partial<Record<string, string>> | null | undefined, locale: AppLocale): string {
  if (!text || typeof text !== "object") return "";
  return text[locale] || text.en || Object.values(text).find(Boolean) || "";
}
