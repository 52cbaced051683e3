import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { toCsv, type CsvCell } from "../server/csv";
import type { PublishedList } from "./lists";

export type ListKind = "public" | "extended";

/** The number of applicants and their gender, which every public list shows (offentleglova § 25). */
export function genderLines(list: Pick<PublishedList, "total" | "genders">, t: (key: string, values?: Record<string, string | number>) => string): string[] {
  const g = list.genders;
  return [
    t("total", { count: list.total }),
    t("women", { count: g.WOMAN }),
    t("men", { count: g.MAN }),
    t("otherGender", { count: g.OTHER + g.UNDISCLOSED }),
  ];
}

/**
 * A published list as CSV (lib/server/csv.ts: UTF-8 with a BOM, ";" in Norwegian and Swedish),
 * in the consortium's language like the printed list; the public list ends with its gender lines.
 */
export function listCsv(list: PublishedList, kind: ListKind, locale: AppLocale): string {
  const t = translatorFor(locale, "applicantLists.document");
  const level = translatorFor(locale, "options.educationLevel");
  if (kind === "extended") {
    const header = [t("number"), t("name"), t("age"), t("position"), t("municipality"), t("education"), t("experience")];
    const rows = list.extendedRows.map((r, i): CsvCell[] => [
      i + 1, r.name, r.age, r.position, r.municipality,
      t("educationLine", { level: level(r.education.level), field: r.education.field, university: r.education.university, year: r.education.graduationYear }),
      r.experience,
    ]);
    return toCsv(header, rows, locale);
  }
  const header = [t("number"), t("name"), t("age"), t("position"), t("municipality")];
  const rows = list.publicRows.map((r, i): CsvCell[] => ("exempted" in r ? [i + 1, t("exempted"), null, null, null] : [i + 1, r.name, r.age, r.position, r.municipality]));
  // Every line has the header's columns, so a strict reader takes the file as it is.
  const totals = genderLines(list, t).map((line): CsvCell[] => [null, line, null, null, null]);
  return toCsv(header, [...rows, ...totals], locale);
}
