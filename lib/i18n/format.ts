import { intlDateTimeFormat, intlNumberFormat } from "./intl-cache";
import type { AppLocale } from "./routing";

// Intl locale tags: bokmål is "nb-NO"; Swedish "sv-SE"; English shown with European conventions.
const TAGS: Record<AppLocale, string> = { sv: "sv-SE", nb: "nb-NO", en: "en-GB" };

export function intlTag(locale: AppLocale): string {
  return TAGS[locale];
}

/** Formats integer minor units (öre, øre) in the consortium's currency, in the reader's locale. */
export function formatMoney(minor: number | bigint, currency: string, locale: AppLocale): string {
  const major = Number(minor) / 100;
  return intlNumberFormat(TAGS[locale], {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(major) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(major) ? 0 : 2,
  }).format(major);
}

export function formatNumber(value: number, locale: AppLocale): string {
  return intlNumberFormat(TAGS[locale], {}).format(value);
}

/** A length of time in the largest whole unit: "30 minutes", "12 timmar", "7 dager". */
export function formatDuration(ms: number, locale: AppLocale): string {
  const [unit, size] = ms % 86_400_000 === 0 ? ["day", 86_400_000] : ms % 3_600_000 === 0 ? ["hour", 3_600_000] : ["minute", 60_000];
  return intlNumberFormat(TAGS[locale], { style: "unit", unit, unitDisplay: "long" }).format(Math.round(ms / size));
}

function dateTimeFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intlDateTimeFormat(TAGS[locale], options);
}

/** A calendar date (stored as UTC midnight) shown without shifting it across zones. */
export function formatDate(date: Date, locale: AppLocale): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/**
 * A span in the consortium's zone. With the date, the zone is named too ("fredag 12 mars 2027
 * 10:00–10:45 CET"), since a reader in another zone gets it by email.
 */
export function formatTimeRange(start: Date, end: Date, locale: AppLocale, timeZone: string, withDate = true): string {
  const options: Intl.DateTimeFormatOptions = withDate
    ? { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }
    : { hour: "2-digit", minute: "2-digit" };
  return dateTimeFormat(locale, { ...options, timeZone }).formatRange(start, end);
}

/** A day heading in the consortium's zone: "fredag 12 mars 2027". */
export function formatDay(date: Date, locale: AppLocale, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "full", timeZone }).format(date);
}

/** An instant shown in the consortium's time zone. */
export function formatDateTime(date: Date, locale: AppLocale, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** A file's size for people: "0.6 kB", "4.2 MB" (binary units, as the 5 MB limit is). */
export function formatFileSize(bytes: number, locale: AppLocale): string {
  const megabytes = bytes >= 1024 * 1024;
  // A file of a few bytes is still something: never "0 kB".
  const value = megabytes ? bytes / 1024 / 1024 : Math.max(bytes / 1024, 0.1);
  return intlNumberFormat(TAGS[locale], {
    style: "unit",
    unit: megabytes ? "megabyte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
