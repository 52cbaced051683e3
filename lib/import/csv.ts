import { CsvError, parse } from "csv-parse/sync";
import { AppError } from "../server/errors";
import { COLUMNS, OPTIONAL_COLUMNS, type ImportFile, type ImportRowError } from "./columns";
import { canonicalColumn } from "./words";

/** One data row of a file: its row number (the header is row 1) and its values by column name. */
export interface CsvRow {
  row: number;
  values: Record<string, string>;
}

export interface ParsedFile {
  rows: CsvRow[];
  errors: ImportRowError[];
  /** Data rows read, whatever their problems: what the summary counts. */
  read: number;
  /** Each column's name as the header writes it (English, Swedish or Norwegian). */
  headers: Record<string, string>;
}

/** A sheet as lines of text cells, with the line number each starts on (the header is the first). */
export type SheetLine = { row: number; fields: string[] };

/**
 * The file's text. Spreadsheets in Sweden and Norway often save "CSV" as Windows-1252, where å, ä
 * and ö are single bytes that are not valid UTF-8: guessing would put wrong letters into names,
 * so such a file is refused as a whole. A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped.
 */
export function decodeCsv(file: ImportFile, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new AppError("importEncoding", { [file]: "errors.importEncoding" });
  }
}

/** ';' when the header line has more of them than commas (spreadsheets in sv/nb save so), else ','. */
export function detectDelimiter(text: string): ";" | "," {
  const header = text.split("\n", 1)[0].replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

const lineBreaks = (fields: string[]) => fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);

/** The lines of a CSV file, or its problem. */
export function csvLines(file: ImportFile, bytes: Uint8Array): SheetLine[] | ImportRowError {
  // One kind of line break, so that row numbers count lines as a spreadsheet shows them.
  const text = decodeCsv(file, bytes).replace(/\r\n?/g, "\n");
  if (!text.trim()) return { file, row: 1, column: null, code: "empty" };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    const options = { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, info: true };
    records = parse(text, options) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { file, row: (error as CsvError & { lines?: number }).lines ?? 1, column: null, code: "syntax" };
    throw error;
  }
  return records.map(({ record, info }) => ({ row: info.lines - lineBreaks(record), fields: record.map((f) => f.trim()) }));
}

/** Parses a CSV file with a header row (see parseSheet). */
export function parseCsv(file: ImportFile, bytes: Uint8Array): ParsedFile {
  const lines = csvLines(file, bytes);
  return Array.isArray(lines) ? parseSheet(file, lines) : { rows: [], errors: [lines], read: 0, headers: {} };
}

/**
 * Reads a sheet with a header row (CSV or .xlsx): the header must name each required column once
 * and no other, in English, Swedish or Norwegian; every row must have as many fields as the header.
 * Rows that are wholly empty (a blank spreadsheet line saved as ";;;") are skipped. Problems come
 * back as row errors, not exceptions.
 */
export function parseSheet(file: ImportFile, lines: SheetLine[]): ParsedFile {
  const errors: ImportRowError[] = [];
  if (!lines.length) return { rows: [], errors: [{ file, row: 1, column: null, code: "empty" }], read: 0, headers: {} };
  const [header, ...data] = lines;
  const names = header.fields.map(canonicalColumn);
  const headers = Object.fromEntries(names.map((name, i) => [name, header.fields[i]]));
  const known = COLUMNS[file];
  names.forEach((name, i) => {
    if (!known.includes(name)) errors.push({ file, row: header.row, column: header.fields[i] || `#${i + 1}`, code: "unknownColumn" });
    else if (names.indexOf(name) !== i) errors.push({ file, row: header.row, column: name, header: header.fields[i], code: "duplicateColumn" });
  });
  for (const column of known) {
    if (!names.includes(column) && !OPTIONAL_COLUMNS[file].includes(column)) errors.push({ file, row: header.row, column, code: "missingColumn" });
  }
  if (errors.length) return { rows: [], errors, read: 0, headers };

  const rows: CsvRow[] = [];
  let read = 0;
  for (const { row, fields } of data) {
    if (fields.every((f) => f === "")) continue;
    read++;
    if (fields.length !== names.length) {
      errors.push({ file, row, column: null, code: "columnCount", params: { found: fields.length, expected: names.length } });
      continue;
    }
    const values = Object.fromEntries(known.map((column) => [column, ""]));
    names.forEach((name, i) => (values[name] = fields[i]));
    rows.push({ row, values });
  }
  if (!read) errors.push({ file, row: header.row, column: null, code: "noRows" });
  return { rows, errors, read, headers };
}
