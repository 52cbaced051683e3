import { INK, SERIES_COLOURS, SERIES_DASHES, type ChartSeries } from "./chart-types";

/**
 * The legend drawn in HTML, in the series' order, with the same marks as the chart: a solid or
 * outlined box for bars, a dashed sample for lines. It sits inside the chart's image role: the
 * table beside the chart is what assistive technology reads.
 */
export function ChartLegend({ series, kind }: { series: ChartSeries[]; kind: "bars" | "lines" }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-ink">
      {series.map((s, i) => (
        <li key={s.key} className="flex items-center gap-1.5">
          {kind === "bars" ? (
            <svg width="14" height="14" aria-hidden="true">
              <rect x="1" y="1" width="12" height="12" fill={i === 0 ? SERIES_COLOURS[0] : "#ffffff"} stroke={i === 0 ? SERIES_COLOURS[0] : INK} strokeWidth="2" />
            </svg>
          ) : (
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} strokeWidth="2.5" strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]} />
              <circle cx="14" cy="5" r="3.5" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
            </svg>
          )}
          <span>{s.name}</span>
        </li>
      ))}
    </ul>
  );
}
