import { num, text, type XlsxCell } from "../server/xlsx";
import { tableToCsv, type Translate } from "./format";
import type { OutcomeTable } from "./tables";

// Server only (the workbook writer needs Node); lib/outcomes/format.ts is also drawn in the browser.

/**
 * The same table for an .xlsx: counts, years, ratios and shares (in %) as numbers, labels and the
 * marks "<5" and hidden as text, so a spreadsheet sums what it can and leaves the rest alone.
 */
export function tableToXlsx(table: OutcomeTable, t: Translate): { header: string[]; rows: XlsxCell[][] } {
  const { header, rows } = tableToCsv(table, t);
  return { header, rows: rows.map((row) => row.map((cell) => (typeof cell === "number" ? num(cell) : text(cell)))) };
}
