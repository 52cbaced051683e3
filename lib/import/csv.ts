import { CsvError, parse } from "csv-parse/sync";
import { AppError } from "../server/errors";
import { isCleanText } from "../server/input-boundary";
import { COLUMNS, OPTIONAL_COLUMNS, type ImportFile, type ImportRowError } from "./columns";

/** One data row of a file: its row number (the header is row 1) and its values by column name. */
export interface CsvRow {
  row: number;
  values: Record<string, string>;
}

export interface ParsedFile {
  rows: CsvRow[];
  errors: ImportRowError[];
}

/**
 * The file's text. Spreadsheets in Sweden and Norway often save "CSV" as Windows-1252, where å, ä
 * and ö are single bytes that are not valid UTF-8: guessing would put wrong letters into names,
 * so such a file is refused as a whole. A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped.
 */
export function decodeCsv(file: ImportFile, bytes: Uint8Array): string {
  let text: string | null;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    text = null;
  }
  // NUL and other control bytes decode as UTF-8 but are not text: a UTF-16 file without a
  // byte-order mark looks like this, and PostgreSQL could not store them anyway.
  if (text === null || !isCleanText(text)) throw new AppError("importEncoding", { [file]: "errors.importEncoding" });
  return text;
}

/** ';' when the header line has more of them than commas (spreadsheets in sv/nb save so), else ','. */
export function detectDelimiter(text: string): ";" | "," {
  const header = text.split("\n", 1)[0].replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

const lineBreaks = (fields: string[]) => fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);

/**
 * Parses a CSV file with a header row: the header must name each required column once and no
 * other; every row must have as many fields as the header. Rows that are wholly empty (a blank
 * spreadsheet line saved as ";;;") are skipped. Problems come back as row errors, not exceptions.
 */
export function parseCsv(file: ImportFile, bytes: Uint8Array): ParsedFile {
  // One kind of line break, so that row numbers count lines as a spreadsheet shows them.
  const text = decodeCsv(file, bytes).replace(/\r\n?/g, "\n");
  const errors: ImportRowError[] = [];
  if (!text.trim()) return { rows: [], errors: [{ file, row: 1, column: null, code: "empty" }] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    const options = { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, info: true };
    records = parse(text, options) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], errors: [{ file, row: (error as CsvError & { lines?: number }).lines ?? 1, column: null, code: "syntax" }] };
    throw error;
  }
  const withRows = records.map(({ record, info }) => ({ row: info.lines - lineBreaks(record), fields: record.map((f) => f.trim()) }));
  const [header, ...data] = withRows;
  const names = header.fields.map((f) => f.toLowerCase());
  const known = COLUMNS[file];
  names.forEach((name, i) => {
    if (!known.includes(name)) errors.push({ file, row: header.row, column: header.fields[i] || `#${i + 1}`, code: "unknownColumn" });
    else if (names.indexOf(name) !== i) errors.push({ file, row: header.row, column: name, code: "duplicateColumn" });
  });
  for (const column of known) {
    if (!names.includes(column) && !OPTIONAL_COLUMNS[file].includes(column)) errors.push({ file, row: header.row, column, code: "missingColumn" });
  }
  if (errors.length) return { rows: [], errors };

  const rows: CsvRow[] = [];
  for (const { row, fields } of data) {
    if (fields.every((f) => f === "")) continue;
    if (fields.length !== names.length) {
      errors.push({ file, row, column: null, code: "columnCount", params: { found: fields.length, expected: names.length } });
      continue;
    }
    const values = Object.fromEntries(known.map((column) => [column, ""]));
    names.forEach((name, i) => (values[name] = fields[i]));
    rows.push({ row, values });
  }
  if (!rows.length && !errors.length) errors.push({ file, row: header.row, column: null, code: "noRows" });
  return { rows, errors };
}
