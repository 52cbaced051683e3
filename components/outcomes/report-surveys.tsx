import type { MaskedWave } from "@/lib/disclosure/survey";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatFigure, formatRatio, formatShare, type Translate } from "@/lib/outcomes/format";

/** The board report's survey part: each wave's answers and response rate, and its scales' means (disclosed). */
export function ReportSurveys({ waves, locale, t }: { waves: MaskedWave[]; locale: AppLocale; t: Translate }) {
  const sent = waves.filter((w) => w.sent !== 0);
  if (!sent.length) return null;
  const scales = new Map<string, string>();
  for (const w of sent) for (const q of w.questions) if (q.kind === "SCALE" && !scales.has(q.id)) scales.set(q.id, q.label[locale]);
  return (
    <section aria-labelledby="outcomes-surveys" className="outcome-section space-y-2">
      <h2 id="outcomes-surveys" className="text-xl font-semibold">{t("surveys.results.title")}</h2>
      <div className="outcome-panel rounded-lg border border-slate-200 bg-white p-5">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("surveys.results.title")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">{t("surveys.results.wave")}</th>
              <th scope="col" className="py-1 pl-3 text-right">{t("surveys.results.answered")}</th>
              <th scope="col" className="py-1 pl-3 text-right">{t("surveys.results.responseRate")}</th>
              {[...scales.values()].map((label) => <th key={label} scope="col" className="py-1 pl-3 text-right">{label}</th>)}
            </tr>
          </thead>
          <tbody>
            {sent.map((w) => (
              <tr key={w.wave} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-medium">{t(`surveys.overview.wave.${w.wave}`)}</th>
                <td className="py-1 pl-3 text-right tabular-nums">{t("surveys.results.answeredOf", { answered: formatFigure(w.answered, locale, t), sent: formatFigure(w.sent, locale, t) })}</td>
                <td className="py-1 pl-3 text-right tabular-nums">{formatShare(w.responseRate, locale)}</td>
                {[...scales.keys()].map((id) => <td key={id} className="py-1 pl-3 text-right tabular-nums">{formatRatio(w.questions.find((q) => q.id === id)?.mean ?? null, locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-muted">{t("surveys.results.reportNote")}</p>
      </div>
    </section>
  );
}
