import { readSheet } from "read-excel-file/node";
import type { ImportFile, ImportRowError } from "./columns";
import type { SheetLine } from "./csv";

// History kept in Excel is read as it is, without saving it as CSV first: the first sheet of an
// .xlsx file becomes the same lines of text cells a CSV file gives, so both take one path from
// there (docs/decisions/0033-import-as-people-have-it.md).

/** An .xlsx file is a zip archive: it starts with "PK\x03\x04". */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell as the text a CSV would hold: a date cell as YYYY-MM-DD (Excel stores days, which the
 * reader gives as UTC midnight), a number as plain digits (an organisation number typed as a
 * number loses nothing), true/false as yes/no.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value).trim();
}

/** The first sheet's lines, or the file's problem ("syntax": not a readable .xlsx file). */
export async function xlsxLines(file: ImportFile, bytes: Uint8Array): Promise<SheetLine[] | ImportRowError> {
  try {
    const rows = await readSheet(Buffer.from(bytes));
    return rows.map((cells, i) => ({ row: i + 1, fields: cells.map(cellText) })).filter((line) => line.fields.some((f) => f !== "") || line.row === 1);
  } catch {
    return { file, row: 1, column: null, code: "unreadable" };
  }
}
