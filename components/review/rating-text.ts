import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

/** An average rating to one decimal with the number of ratings, e.g. "4,5 (2)"; null when unrated. */
export function ratingText(a: { rating: number | null; ratingCount: number }, locale: AppLocale): string | null {
  return a.rating === null ? null : `${formatNumber(Math.round(a.rating * 10) / 10, locale)} (${a.ratingCount})`;
}
