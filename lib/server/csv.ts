import type { AppLocale } from "../i18n/routing";
import { downloadResponse } from "./download";

export type CsvCell = string | number | null | undefined;

/**
 * Spreadsheets in Swedish and Norwegian locales use the comma as decimal mark and expect ";"
 * between fields (Excel opens a comma-separated file there as one column); English ones use ",".
 * See docs/decisions/0022-api-tokens-and-csv.md.
 */
function dialect(locale: AppLocale) {
  return locale === "en" ? { separator: ",", decimal: "." } : { separator: ";", decimal: "," };
}

/** A text cell a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell, separator: string, decimal: string): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4))).replace(".", decimal);
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends), UTF-8 with a byte-order mark so spreadsheets detect the encoding
 * and show å, ä, ö, æ, ø right; the separator and decimal mark follow the locale.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], locale: AppLocale): string {
  const { separator, decimal } = dialect(locale);
  const line = (cells: readonly CsvCell[]) => cells.map((value) => cell(value, separator, decimal)).join(separator);
  return "\uFEFF" + [header, ...rows].map(line).join("\r\n") + "\r\n";
}

/** A CSV download: private, never cached. */
export function csvResponse(csv: string, filename: string): Response {
  return downloadResponse(csv, "text/csv; charset=utf-8", filename);
}
