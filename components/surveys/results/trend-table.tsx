import type { MaskedWave } from "@/lib/disclosure/survey";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatFigure, formatRatio, formatShare, type Translate } from "@/lib/outcomes/format";

/** The wave across cohorts, oldest first: how many answered, and each scale question's mean. */
export function TrendTable({ trend, locale, t }: { trend: (MaskedWave & { name: string })[]; locale: AppLocale; t: Translate }) {
  const scales = new Map<string, string>();
  for (const w of trend) for (const q of w.questions) if (q.kind === "SCALE" && !scales.has(q.id)) scales.set(q.id, q.label[locale]);
  const columns = [
    { label: t("surveys.results.cohort") },
    { label: t("surveys.results.sent"), numeric: true },
    { label: t("surveys.results.answered"), numeric: true },
    { label: t("surveys.results.responseRate"), numeric: true },
    ...[...scales.values()].map((label) => ({ label: t("surveys.results.meanOf", { question: label }), numeric: true })),
  ];
  // Wider than a phone with several scales: the table scrolls in its own box, reachable by keyboard.
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={t("surveys.results.trendTitle")}>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("surveys.results.trendTitle")}</caption>
        <thead>
          <tr className="border-b bg-slate-50 text-left">
            {columns.map((c, i) => <th key={i} scope="col" className={`px-3 py-2${c.numeric ? " text-right" : ""}`}>{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
      {trend.map((w) => (
        <tr key={w.cohortId} className="border-b border-slate-100">
          <th scope="row" className="px-3 py-2 text-left font-medium">{w.name}</th>
          <td className="px-3 py-2 text-right tabular-nums">{formatFigure(w.sent, locale, t)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatFigure(w.answered, locale, t)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatShare(w.responseRate, locale)}</td>
          {[...scales.keys()].map((id) => {
            const mean = w.questions.find((q) => q.id === id)?.mean ?? null;
            return <td key={id} className="px-3 py-2 text-right tabular-nums">{formatRatio(mean, locale)}</td>;
          })}
        </tr>
      ))}
        </tbody>
      </table>
    </div>
  );
}
