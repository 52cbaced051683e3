import type { CsvCell } from "../server/csv";
import { formatNumber, intlTag } from "../i18n/format";
import { intlNumberFormat } from "../i18n/intl-cache";
import type { AppLocale } from "../i18n/routing";
import type { Figure, ReportFilter } from "../metrics/types";
import type { Cell, Label } from "./cells";
import type { OutcomeTable } from "./tables";

/** A translator from the catalog root ("options.gender.WOMAN", "outcomes.columns.year"). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const NOT_KNOWN = "–";

export function labelText(label: Label, t: Translate): string {
  return "text" in label ? label.text : t(label.key);
}

/** A count as text: "–" when unknown, "<5", or the reader's word for a count hidden to protect a "<5". */
export function formatFigure(value: Figure | null, locale: AppLocale, t: Translate): string {
  if (value === null) return NOT_KNOWN;
  if (value === "hidden") return t("outcomes.hidden");
  return typeof value === "number" ? formatNumber(value, locale) : value;
}

/** Whole percent: with cohorts of 5–25 people a decimal would claim a precision there is not. */
export function formatShare(value: number | null, locale: AppLocale): string {
  if (value === null) return NOT_KNOWN;
  return intlNumberFormat(intlTag(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function formatRatio(value: number | null, locale: AppLocale): string {
  if (value === null) return NOT_KNOWN;
  return intlNumberFormat(intlTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A cell as shown on screen and in print: the main text and, for outcomes, the number known. */
export function formatCell(cell: Cell, locale: AppLocale, t: Translate): { text: string; note?: string } {
  switch (cell.kind) {
    case "count":
      return { text: formatFigure(cell.value, locale, t) };
    case "ratio":
      return { text: cell.hidden ? t("outcomes.hidden") : formatRatio(cell.value, locale) };
    case "year":
      return { text: cell.value === null ? "" : String(cell.value) };
    case "share":
      return { text: cell.hidden ? t("outcomes.hidden") : formatShare(cell.value, locale) };
    case "outcome":
      return {
        text: cell.hidden ? t("outcomes.hidden") : formatShare(cell.share, locale),
        // "– of 0 known" says nothing "–" does not.
        note: cell.known === 0 ? undefined : t("outcomes.knownOf", { known: formatFigure(cell.known, locale, t) }),
      };
  }
}

/** Share as a percentage with one decimal: what a spreadsheet can sum and chart. */
function csvShare(value: number | null): CsvCell {
  return value === null ? null : Math.round(value * 1000) / 10;
}

/** A count for a spreadsheet: the number, "<5", or the word for hidden. */
function csvFigure(value: Figure | null, t: Translate): CsvCell {
  return value === "hidden" ? t("outcomes.hidden") : value;
}

function csvCells(cell: Cell, t: Translate): CsvCell[] {
  switch (cell.kind) {
    case "count":
      return [csvFigure(cell.value, t)];
    case "ratio":
      return [cell.value === null ? null : Math.round(cell.value * 10) / 10];
    case "year":
      return [cell.value];
    case "share":
      return [csvShare(cell.value)];
    case "outcome":
      return [csvFigure(cell.count, t), csvFigure(cell.known, t), csvShare(cell.share)];
  }
}

/**
 * A table as CSV header and rows, translated. An outcome column becomes three (yes, known, share
 * in %) so a spreadsheet gets numbers, not "80 % (10)"; hidden and unknown cells are left empty
 * and suppressed counts stay "<5", as on screen.
 */
export function tableToCsv(table: OutcomeTable, t: Translate): { header: string[]; rows: CsvCell[][] } {
  const header = [t(`outcomes.columns.${table.rowHeader}`)];
  for (const column of table.columns) {
    const label = t(`outcomes.columns.${column.key}`);
    if (column.kind === "outcome") {
      header.push(
        t("outcomes.csv.outcomeYes", { outcome: label }),
        t("outcomes.csv.outcomeKnown", { outcome: label }),
        t("outcomes.csv.outcomeShare", { outcome: label }),
      );
    } else header.push(column.kind === "share" ? t("outcomes.csv.percent", { column: label }) : label);
  }
  const rows = table.rows.map((row) => [labelText(row.label, t), ...row.cells.flatMap((cell) => csvCells(cell, t))]);
  return { header, rows };
}

/** "outcomes-funnel-trainee-varmland-2021-2024.csv": what the file is, without opening it. */
export function outcomeCsvFilename(slug: string, table: string, filter: ReportFilter, view: { cohort: { name: string } | null }): string {
  let period = "all";
  if (view.cohort) period = view.cohort.name;
  else if (!("cohortId" in filter) && (filter.fromYear !== undefined || filter.toYear !== undefined)) period = `${filter.fromYear ?? ""}-${filter.toYear ?? ""}`;
  const safe = period
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase() || "all";
  return `outcomes-${table}-${slug}-${safe}.csv`;
}
