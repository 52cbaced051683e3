"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend } from "./chart-legend";
import { axisFormatter, flatten, INK, MUTED, SERIES_COLOURS, type ChartProps } from "./chart-types";

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

// Drawn by hand: Recharts wraps a label to the bar's width, which breaks "12 (50 %)" in two.
function labelAtEnd({ x, y, width, height, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" fill={INK} fontSize={12}>
      {String(value ?? "")}
    </text>
  );
}

function labelOnTop({ x, y, width, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width) / 2} y={Number(y) - 6} textAnchor="middle" fill={INK} fontSize={12}>
      {String(value ?? "")}
    </text>
  );
}

interface BarChartProps extends ChartProps {
  /** "rows": one bar per row across (funnel, splits); "columns": bars standing per row (years). */
  orientation: "rows" | "columns";
}

/**
 * Bars with their value written at the end, so the figure is read, not guessed from the axis;
 * a suppressed count has no bar and its label says "<5". With two series the second is drawn
 * as an outline beside the solid first, which tells them apart in black and white too.
 */
export function OutcomeBarChart({ rows, series, alt, percent, localeTag, orientation, height, width }: BarChartProps) {
  // A value the reader may not see is drawn as a stub at zero so that its label ("<5", "hidden")
  // still stands where the bar would be; the number itself was never sent.
  const data = flatten(rows).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? 0 : v])));
  const format = axisFormatter(localeTag, percent);
  const across = orientation === "rows";
  const size = height ?? (across ? Math.max(120, rows.length * 34 * series.length + 40) : 260);
  const sizing = width ? { width, height: size } : { responsive: true, style: { width: "100%", height: size } };
  const labelWidth = across ? Math.min(200, Math.max(80, ...rows.map((r) => r.label.length * 7 + 12))) : undefined;
  // Room at the bar ends for labels like "96 % (of 24 known)".
  const labelRoom = across ? Math.min(170, Math.max(40, ...rows.flatMap((r) => Object.values(r.display).map((d) => d.length * 7 + 8)))) : 8;
  return (
    <div role="img" aria-label={alt} className="outcome-chart">
      <BarChart
        {...sizing}
        data={data}
        layout={across ? "vertical" : "horizontal"}
        margin={{ top: across ? 4 : 20, right: labelRoom, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" horizontal={!across} vertical={across} />
        {across ? (
          <>
            <XAxis type="number" tickFormatter={format} tick={{ fill: MUTED, fontSize: 12 }} domain={percent ? [0, 1] : [0, "auto"]} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: INK, fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" tick={{ fill: INK, fontSize: 12 }} />
            <YAxis type="number" tickFormatter={format} tick={{ fill: MUTED, fontSize: 12 }} domain={percent ? [0, 1] : [0, "auto"]} allowDecimals={false} width={48} />
          </>
        )}
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(_value, name, item) => [String((item.payload as Record<string, unknown>)[`${String(item.dataKey)}Display`] ?? ""), name]}
        />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={i === 0 ? SERIES_COLOURS[0] : "#ffffff"}
            stroke={i === 0 ? SERIES_COLOURS[0] : INK}
            strokeWidth={i === 0 ? 0 : 2}
            isAnimationActive={false}
            maxBarSize={28}
            minPointSize={2}
          >
            <LabelList dataKey={`${s.key}Display`} content={across ? labelAtEnd : labelOnTop} />
          </Bar>
        ))}
      </BarChart>
      {series.length > 1 ? <ChartLegend series={series} kind="bars" /> : null}
    </div>
  );
}
