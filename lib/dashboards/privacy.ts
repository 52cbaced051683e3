import { formatNumber } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";

/** Below this, a count could point at a person; the steering group sees "<5" instead. */
export const SMALL_COUNT = 5;

/** Small groups identify people: counts from 1 to 4 are shown as "<5" to the steering group. */
export function maskSmall(value: number, locale: AppLocale): string {
  return value > 0 && value < SMALL_COUNT ? `<${SMALL_COUNT}` : formatNumber(value, locale);
}
