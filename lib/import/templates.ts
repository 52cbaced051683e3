import type { AppLocale } from "../i18n/routing";
import { toCsv } from "../server/csv";
import { num, text, toXlsx, type XlsxCell } from "../server/xlsx";
import { CAMPAIGN_COLUMNS, TRAINEE_COLUMNS, type ImportFile } from "./columns";
import { columnName, WORDS, type Word } from "./words";

// The import's templates, in the reader's language: the column names a Swedish or Norwegian
// spreadsheet would use, and two example rows with that language's words and dates — all of which
// the import reads back as they are.

const word = (w: Word, locale: AppLocale) => (locale === "en" ? w.en : w[locale][0]);
/** 1 September 2022 as the locale writes it in a spreadsheet. */
const date = (iso: string, locale: AppLocale) => (locale === "en" ? iso : iso.split("-").reverse().map(Number).join("."));

function traineeExamples(locale: AppLocale): string[][] {
  const w = (list: keyof typeof WORDS, value: string) => word((WORDS[list] as Record<string, Word>)[value], locale);
  const row = (name: string, email: string, gender: string, education: string, field: string, ties: string, employer: string, org: string, sector: string, outcomes: string[]) => [
    "2022/23", date("2022-09-01", locale), date("2023-08-31", locale), name, email, w("gender", gender), w("education_level", education), field, ties, employer, org, w("employer_sector", sector),
    ...outcomes.map((o) => (o ? w("yes_no", o) : "")),
  ];
  return [
    row("Astrid Lindqvist", "astrid.lindqvist@example.se", "WOMAN", "MASTER", "Samhällsplanering", w("ties", "GREW_UP"), "Karlstads kommun", "212000-1876", "PUBLIC", ["YES", "YES", "YES", "YES", "YES", ""]),
    row("Erik Öberg", "", "MAN", "BACHELOR", "Ekonomi", `${w("ties", "STUDIED")}+${w("ties", "PARTNER_FAMILY")}`, "Värmlands Energi AB", "556123-4567", "PRIVATE", ["YES", "YES", "NO", "YES", "", ""]),
  ];
}

/** The template's header and example rows: text cells, except the campaign figures (numbers). */
export function templateRows(file: ImportFile, locale: AppLocale): { header: string[]; rows: (string | number | null)[][] } {
  if (file === "trainees") return { header: TRAINEE_COLUMNS.map((c) => columnName(c, locale)), rows: traineeExamples(locale) };
  return {
    header: CAMPAIGN_COLUMNS.map((c) => columnName(c, locale)),
    // An empty figure: the report of that year never said how many were interviewed.
    rows: [["2022/23", 181, 12, 74, null]],
  };
}

export function templateCsv(file: ImportFile, locale: AppLocale): string {
  const { header, rows } = templateRows(file, locale);
  return toCsv(header, rows, locale);
}

export function templateXlsx(file: ImportFile, locale: AppLocale, sheetName: string): Promise<Buffer> {
  const { header, rows } = templateRows(file, locale);
  const cells: XlsxCell[][] = rows.map((row) => row.map((cell) => (typeof cell === "number" ? num(cell) : text(cell))));
  return toXlsx(sheetName, header, cells);
}
