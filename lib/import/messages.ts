import type { AppLocale } from "../i18n/routing";
import type { ImportRowError, TraineeColumn } from "./columns";
import { wordListOf, wordsIn } from "./words";

// Turning row errors into sentences, the same way on the page (next-intl's t) and on the command
// line (translatorFor): every placeholder a message may use gets a value, so none is left raw.

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The words a column accepts, in the reader's language: "kvinna, man, annat, okänt". */
export function allowedWords(column: string | null, locale: AppLocale): string {
  const list = column ? wordListOf(column as TraineeColumn) : null;
  return list ? wordsIn(list, locale).join(", ") : "";
}

/** `t` of the "import" namespace → the error's sentence in that language (`locale`, for the words it lists). */
export function importErrorMessage(t: Translate, error: ImportRowError, locale: AppLocale): string {
  const column = error.header ?? error.column ?? "";
  const values = { value: "", first: "", name: "", cohort: "", found: "", expected: "", ...error.params, column, allowed: allowedWords(error.column, locale) };
  return t(`codes.${error.code}`, values);
}

/** One line for the command line: where the problem is, then what it is. */
export function importErrorLine(t: Translate, error: ImportRowError, locale: AppLocale): string {
  const where = { file: t(`files.${error.file}`), row: error.row, message: importErrorMessage(t, error, locale) };
  return error.column ? t("cli.problemAt", { ...where, column: error.header ?? error.column }) : t("cli.problemAtRow", where);
}
