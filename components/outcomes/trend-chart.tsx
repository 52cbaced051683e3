"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend } from "./chart-legend";
import { axisFormatter, flatten, INK, MUTED, SERIES_COLOURS, SERIES_DASHES, type ChartProps } from "./chart-types";

/**
 * One line per series across cohorts (oldest first), e.g. the share of each cohort in the region
 * a year after. Lines differ by colour and dash, and the legend shows the dash; a cohort whose
 * share is hidden or not known leaves a gap instead of a made-up point.
 */
export function OutcomeTrendChart({ rows, series, alt, percent, localeTag, height = 280, width }: ChartProps) {
  const data = flatten(rows);
  const format = axisFormatter(localeTag, percent);
  const sizing = width ? { width, height } : { responsive: true, style: { width: "100%", height } };
  return (
    <div role="img" aria-label={alt} className="outcome-chart">
      <LineChart {...sizing} data={data} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: INK, fontSize: 12 }} padding={{ left: 32, right: 32 }} />
        <YAxis tickFormatter={format} tick={{ fill: MUTED, fontSize: 12 }} domain={percent ? [0, 1] : [0, "auto"]} allowDecimals={false} width={48} />
        <Tooltip formatter={(_value, name, item) => [String((item.payload as Record<string, unknown>)[`${String(item.dataKey)}Display`] ?? ""), name]} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
            strokeWidth={2.5}
            dot={{ r: 4, fill: SERIES_COLOURS[i % SERIES_COLOURS.length], strokeWidth: 0 }}
            legendType="plainline"
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
      <ChartLegend series={series} kind="lines" />
    </div>
  );
}
