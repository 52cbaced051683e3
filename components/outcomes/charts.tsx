"use client";

import dynamic from "next/dynamic";

// The charts are drawn in the browser only. Drawn on the server, Recharts' layout of a dozen
// charts was most of the outcome page's server time (docs/performance.md), and every figure is
// in the table beside each chart anyway, which is what a reader without JavaScript gets.
const placeholder = () => <div className="outcome-chart min-h-[120px]" aria-hidden="true" />;

export const OutcomeBarChart = dynamic(() => import("./bar-chart").then((m) => m.OutcomeBarChart), { ssr: false, loading: placeholder });
export const OutcomeTrendChart = dynamic(() => import("./trend-chart").then((m) => m.OutcomeTrendChart), { ssr: false, loading: placeholder });
