import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/node";
import { downloadResponse } from "./download";

// The .xlsx beside each CSV export (docs/decisions/0033-import-as-people-have-it.md): a spreadsheet
// opened in any locale keeps each cell's type, where a CSV is guessed at — LibreOffice in Norwegian
// read the organisation number "947 147 994" as the number 947147994.

/** A cell of an export: text (never read as a number or date), a number, or a calendar day. */
export type XlsxCell = { text: string } | { number: number; format?: string } | { date: Date } | null;

export const text = (value: string | null | undefined): XlsxCell => (value === null || value === undefined || value === "" ? null : { text: value });
export const num = (value: number | null | undefined, format?: string): XlsxCell => (value === null || value === undefined ? null : { number: value, ...(format ? { format } : {}) });
export const day = (value: Date | null | undefined): XlsxCell => (value ? { date: value } : null);

/** "@" marks a cell as text, so no spreadsheet turns a code or an organisation number into a number. */
function toCell(cell: XlsxCell): Cell {
  if (cell === null) return null;
  if ("text" in cell) return { type: String, value: cell.text, format: "@" };
  if ("number" in cell) return { type: Number, value: cell.number, ...(cell.format ? { format: cell.format } : {}) };
  return { type: Date, value: cell.date, format: "yyyy-mm-dd" };
}

/** One sheet: a bold header row, then the rows; columns wide enough to read. */
export async function toXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly XlsxCell[])[]): Promise<Buffer> {
  const data: SheetData = [header.map((h) => ({ type: String, value: h, fontWeight: "bold" as const })), ...rows.map((row) => row.map(toCell))];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => cellWidth(r[i]))) + 2));
  return writeXlsxFile(data, { sheet: sheetName.slice(0, 31), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBuffer();
}

function cellWidth(cell: XlsxCell | undefined): number {
  if (!cell) return 0;
  if ("text" in cell) return cell.text.length;
  if ("number" in cell) return String(cell.number).length;
  return 10;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An .xlsx download: private, never cached. */
export function xlsxResponse(buffer: Buffer, filename: string): Response {
  return downloadResponse(new Uint8Array(buffer), XLSX_TYPE, filename);
}
