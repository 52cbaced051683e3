import type { AppLocale } from "../i18n/routing";

// Money is integer minor units (öre, øre) from the form to the CSV: what people type is read into
// a bigint without ever passing through a float, and written back out the same way.

/** The largest fee or line amount: the column is a 32-bit integer (about 21 million kronor). */
export const MAX_AMOUNT_MINOR = 2_147_483_647n;
/** Turnover thresholds are 64-bit; a trillion kronor is far beyond any member. */
export const MAX_TURNOVER_MINOR = 100_000_000_000_000n;

export type MoneyReading = { ok: true; minor: bigint } | { ok: false; reason: "format" | "negative" };

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(?:kr\.?|sek|nok)|(?:kr\.?|sek|nok|:-)$/gi;

/**
 * Reads an amount as a person types it in their locale: "12 500,50" or "12.500,50" (sv, nb),
 * "12,500.50" (en), "12500.50" or "12500,50" anywhere (one or two decimals are never a thousands
 * group), with or without "kr". Returns minor units, or why it is not an amount.
 */
export function readMoney(input: string, locale: AppLocale): MoneyReading {
  let text = input.replace(CURRENCY, "").replace(SPACES, "");
  const negative = /^[-\u2212]/.test(text);
  if (negative) text = text.slice(1);
  const [decimal, group] = locale === "en" ? [".", ","] : [",", "."];
  let whole = text;
  let fraction = "";
  const short = new RegExp(`^(\\d+)[.,](\\d{1,2})$`).exec(text);
  if (short) [, whole, fraction] = short;
  else if (text.includes(decimal)) {
    const at = text.lastIndexOf(decimal);
    [whole, fraction] = [text.slice(0, at), text.slice(at + 1)];
  }
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
  if (grouped.test(whole)) whole = whole.replaceAll(group, "");
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return { ok: false, reason: "format" };
  const minor = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  if (negative && minor > 0n) return { ok: false, reason: "negative" };
  return { ok: true, minor };
}

/** Minor units as a plain decimal in major units: 1250050 → "12500,50" (spreadsheets, inputs). */
export function minorToDecimal(minor: number | bigint, decimalMark: "," | "."): string {
  const value = BigInt(minor);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}${decimalMark}${String(abs % 100n).padStart(2, "0")}`;
}

/** What an edit form shows for a stored amount, in the reader's locale: "12500,50" / "12500.50". */
export function minorToInput(minor: number | bigint, locale: AppLocale): string {
  return minorToDecimal(minor, locale === "en" ? "." : ",");
}

/** The sum of amounts as a bigint, so that no total is ever rounded. */
export function sumMinor(amounts: Iterable<number | bigint>): bigint {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return total;
}
