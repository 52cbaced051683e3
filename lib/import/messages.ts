import type { ImportRowError } from "./columns";

// Turning row errors into sentences, the same way on the page (next-intl's t) and on the command
// line (translatorFor): every placeholder a message may use gets a value, so none is left raw.

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t` of the "import" namespace → the error's sentence in that language. */
export function importErrorMessage(t: Translate, error: ImportRowError): string {
  const values = { column: error.column ?? "", value: "", allowed: "", first: "", name: "", cohort: "", found: "", expected: "", ...error.params };
  return t(`codes.${error.code}`, values);
}

/** One line for the command line: where the problem is, then what it is. */
export function importErrorLine(t: Translate, error: ImportRowError): string {
  const where = { file: t(`files.${error.file}`), row: error.row, message: importErrorMessage(t, error) };
  return error.column ? t("cli.problemAt", { ...where, column: error.column }) : t("cli.problemAtRow", where);
}
