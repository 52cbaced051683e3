import type { AppLocale } from "./routing";

// Intl locale tags: bokmål is "nb-NO"; Swedish "sv-SE"; English shown with European conventions.
const TAGS: Record<AppLocale, string> = { sv: "sv-SE", nb: "nb-NO", en: "en-GB" };

export function intlTag(locale: AppLocale): string {
  return TAGS[locale];
}

/** Formats integer minor units (öre, øre) in the consortium's currency, in the reader's locale. */
export function formatMoney(minor: number | bigint, currency: string, locale: AppLocale): string {
  const major = Number(minor) / 100;
  return new Intl.NumberFormat(TAGS[locale], {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(major) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(major) ? 0 : 2,
  }).format(major);
}

export function formatNumber(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(TAGS[locale]).format(value);
}

/** A calendar date (stored as UTC midnight) shown without shifting it across zones. */
export function formatDate(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** An instant shown in the consortium's time zone. */
export function formatDateTime(date: Date, locale: AppLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    date,
  );
}
