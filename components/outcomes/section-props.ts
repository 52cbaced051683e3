import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/outcomes/format";
import type { OutcomeTables, TableKey } from "@/lib/outcomes/tables";
import type { PreviousFigures } from "./key-figures";

/** What every section of the dashboard and the board report gets. */
export interface SectionProps {
  tables: OutcomeTables;
  locale: AppLocale;
  t: Translate;
  /** Cohorts in the selection: trends across years need two or more. */
  cohortCount: number;
  /** The CSV download of a table; undefined in the printed report. */
  csvHref?: (key: TableKey) => string;
  /** Fixed chart width for paper; undefined on screen (charts follow their container). */
  chartWidth?: number;
  /** The previous period's key figures (the board report). */
  previous?: PreviousFigures | null;
}

/** The chart's text alternative: it names the chart and sends the reader to the table. */
export function chartAlt(t: Translate, title: string): string {
  return t("outcomes.chartAlt", { title });
}
