// What the outcome charts receive from the server: labels and display text already translated and
// masked, and plottable values that are null for anything the reader may not see. A client
// component's props travel in the page's payload, so a suppressed count must never be in them.

export interface ChartSeries {
  key: string;
  name: string;
}

export interface ChartRow {
  label: string;
  /** Plotted values per series key; null is not drawn (unknown, or suppressed for this reader). */
  values: Record<string, number | null>;
  /** What the bar label and tooltip say per series key: "12", "<5", "80 % (n = 10)", "–". */
  display: Record<string, string>;
}

export interface ChartProps {
  rows: ChartRow[];
  series: ChartSeries[];
  /** Text alternative: what the chart shows and where its table is. */
  alt: string;
  /** Values are shares 0–1 (axis in percent) rather than counts. */
  percent?: boolean;
  /** BCP 47 tag for axis numbers. */
  localeTag: string;
  height?: number;
  /** A fixed width for print (the board report); otherwise the chart follows its container. */
  width?: number;
}

/**
 * Series colours, each at least 3:1 against white (WCAG 1.4.11); lines also differ by dash and
 * bars by fill, so no series is told apart by colour alone.
 */
export const SERIES_COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c"];
export const SERIES_DASHES = ["", "8 4", "2 3", "12 4 2 4", "4 4"];
export const INK = "#1f2933";
export const MUTED = "#4b5563";

/** Recharts wants flat rows: the values under their keys and the display text beside them. */
export function flatten(rows: ChartRow[]): Record<string, string | number | null>[] {
  return rows.map((row) => {
    const flat: Record<string, string | number | null> = { label: row.label };
    for (const [key, value] of Object.entries(row.values)) flat[key] = value;
    for (const [key, text] of Object.entries(row.display)) flat[`${key}Display`] = text;
    return flat;
  });
}

export function axisFormatter(localeTag: string, percent: boolean | undefined): (value: number) => string {
  const format = new Intl.NumberFormat(localeTag, percent ? { style: "percent", maximumFractionDigits: 0 } : { maximumFractionDigits: 0 });
  return (value) => format.format(value);
}
