import type { AppLocale } from "@/lib/i18n/routing";
import { plottable, type Cell } from "@/lib/outcomes/cells";
import { formatCell, formatFigure, labelText, type Translate } from "@/lib/outcomes/format";
import { TREND_OUTCOMES, type OutcomeTable, type TableRow } from "@/lib/outcomes/tables";
import type { ChartRow, ChartSeries } from "./chart-types";

// Chart data is read from the masked tables, never from the report, so a chart (its bars, labels
// and tooltips) can show nothing the table beside it does not.

export interface ChartData {
  rows: ChartRow[];
  series: ChartSeries[];
}

/** Whether a chart would draw anything: one of "<5" stubs only is better left to the table. */
export function plots(data: ChartData): boolean {
  return data.rows.some((row) => Object.values(row.values).some((value) => value !== null && value > 0));
}

function cellOf(table: OutcomeTable, row: TableRow, key: string): Cell {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key} in ${table.key}`);
  return row.cells[index];
}

function countValue(cell: Cell): number | null {
  return cell.kind === "count" ? plottable(cell.value) : null;
}

function shareValue(cell: Cell): number | null {
  if (cell.kind === "share") return cell.hidden ? null : cell.value;
  if (cell.kind === "outcome") return cell.hidden ? null : cell.share;
  return null;
}

/** The count with its share beside it: "12 (40 %)"; "<5" alone when the share is hidden. */
function countWithShare(count: Cell, share: Cell, locale: AppLocale, t: Translate): string {
  const shown = formatCell(count, locale, t).text;
  return shareValue(share) === null ? shown : `${shown} (${formatCell(share, locale, t).text})`;
}

/** A split (gender, education, ties, where applicants heard): one bar per category. */
export function splitChart(table: OutcomeTable, seriesName: string, locale: AppLocale, t: Translate): ChartData {
  const countKey = table.columns[0].key;
  const rows = table.rows.map((row) => {
    const count = cellOf(table, row, countKey);
    return { label: labelText(row.label, t), values: { count: countValue(count) }, display: { count: countWithShare(count, cellOf(table, row, "share"), locale, t) } };
  });
  return { rows, series: [{ key: "count", name: seriesName }] };
}

const FUNNEL_STAGES = ["applicants", "interviewed", "offered", "hired"] as const;

/** The recruitment funnel of the whole selection (its total row, or the one cohort). */
export function funnelChart(table: OutcomeTable, locale: AppLocale, t: Translate): ChartData {
  const row = table.rows[table.rows.length - 1];
  const rows = FUNNEL_STAGES.map((stage) => {
    const cell = cellOf(table, row, stage);
    return { label: t(`outcomes.columns.${stage}`), values: { count: countValue(cell) }, display: { count: formatCell(cell, locale, t).text } };
  });
  return { rows, series: [{ key: "count", name: t("outcomes.columns.count") }] };
}

/** Applicants and hires per cohort, oldest first. */
export function applicantsTrend(table: OutcomeTable, locale: AppLocale, t: Translate): ChartData {
  const keys = ["applicants", "hired"] as const;
  const rows = table.rows
    .filter((row) => !row.total)
    .map((row) => ({
      label: labelText(row.label, t),
      values: Object.fromEntries(keys.map((k) => [k, countValue(cellOf(table, row, k))])),
      display: Object.fromEntries(keys.map((k) => [k, formatCell(cellOf(table, row, k), locale, t).text])),
    }));
  return { rows, series: keys.map((k) => ({ key: k, name: t(`outcomes.columns.${k}`) })) };
}

/** "80 % (n = 10)": a share is never shown without how many answers it rests on. */
function outcomeDisplay(share: Cell, known: Cell | null, locale: AppLocale, t: Translate): string {
  const shown = formatCell(share, locale, t);
  const knownValue = known?.kind === "count" ? known.value : null;
  const base = knownValue === null || knownValue === 0 ? null : formatFigure(knownValue, locale, t);
  const note = shown.note ?? (base === null ? undefined : t("outcomes.knownOf", { known: base }));
  return note ? `${shown.text} (${note})` : shown.text;
}

/** The outcomes of the whole selection as shares of those whose answer is known. */
export function outcomeBars(table: OutcomeTable, locale: AppLocale, t: Translate): ChartData {
  const rows = table.rows.map((row) => {
    const share = cellOf(table, row, "share");
    return { label: labelText(row.label, t), values: { share: shareValue(share) }, display: { share: outcomeDisplay(share, cellOf(table, row, "known"), locale, t) } };
  });
  return { rows, series: [{ key: "share", name: t("outcomes.columns.share") }] };
}

/** Each followed outcome's share per cohort, oldest first. */
export function outcomeTrend(table: OutcomeTable, locale: AppLocale, t: Translate): ChartData {
  const rows = table.rows.map((row) => ({
    label: labelText(row.label, t),
    values: Object.fromEntries(TREND_OUTCOMES.map((k) => [k, shareValue(cellOf(table, row, k))])),
    display: Object.fromEntries(TREND_OUTCOMES.map((k) => [k, outcomeDisplay(cellOf(table, row, k), null, locale, t)])),
  }));
  return { rows, series: TREND_OUTCOMES.map((k) => ({ key: k, name: t(`outcomes.columns.${k}`) })) };
}

/** Member employers per year: all of them, and the active ones. */
export function membersChart(table: OutcomeTable, locale: AppLocale, t: Translate): ChartData {
  const keys = ["employersTotal", "employersActive"] as const;
  const rows = table.rows.map((row) => ({
    label: labelText(row.label, t),
    values: Object.fromEntries(keys.map((k) => [k, countValue(cellOf(table, row, k))])),
    display: Object.fromEntries(keys.map((k) => [k, formatCell(cellOf(table, row, k), locale, t).text])),
  }));
  return { rows, series: keys.map((k) => ({ key: k, name: t(`outcomes.columns.${k}`) })) };
}
