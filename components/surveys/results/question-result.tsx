import type { MaskedQuestion } from "@/lib/disclosure/survey";
import { OTHER_ANSWER } from "@/lib/disclosure/survey";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatFigure, formatRatio, formatShare, type Translate } from "@/lib/outcomes/format";

/** The label of an answer: the option's text, a scale step, a municipality, or the merged rest. */
function answerLabel(c: MaskedQuestion["counts"][number], kind: MaskedQuestion["kind"], locale: AppLocale, t: Translate): string {
  if (c.value === OTHER_ANSWER && !c.label) return t("surveys.results.otherAnswer");
  if (kind === "SCALE") return t("surveys.results.scaleStep", { step: c.value });
  return c.label?.[locale] ?? c.value;
}

/** One question: its answers with counts and shares (a scale with mean and median), or the free text. */
export function QuestionResult({ q, locale, t }: { q: MaskedQuestion; locale: AppLocale; t: Translate }) {
  const id = `question-${q.id}`;
  const base = typeof q.answered === "number" ? q.answered : null;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={id} className="font-semibold">{q.label[locale]}</h3>
      <p className="mb-2 text-xs text-muted">{t("surveys.results.answeredQuestion", { count: formatFigure(q.answered, locale, t) })}</p>
      {q.kind === "TEXT" ? (
        q.texts.length ? (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {q.texts.map((text, i) => <li key={i}>{text}</li>)}
          </ul>
        ) : (
          <p className="text-sm text-muted">{t(q.answered === 0 ? "surveys.results.noText" : "surveys.results.textCoordinatorOnly")}</p>
        )
      ) : (
        <>
          <table className="w-full text-sm">
            <caption className="sr-only">{q.label[locale]}</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="py-1 pr-3">{t("surveys.results.answer")}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t("surveys.results.count")}</th>
                <th scope="col" className="py-1 text-right">{t("surveys.results.share")}</th>
              </tr>
            </thead>
            <tbody>
              {q.counts.map((c) => (
                <tr key={c.value} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{answerLabel(c, q.kind, locale, t)}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatFigure(c.count, locale, t)}</td>
                  <td className="py-1 text-right tabular-nums">{typeof c.count === "number" && base ? formatShare(c.count / base, locale) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {q.kind === "SCALE" ? (
            <p className="mt-2 text-sm">
              {q.mean === null ? t("surveys.results.meanHidden") : t("surveys.results.meanMedian", { mean: formatRatio(q.mean, locale), median: formatNumber(q.median ?? 0, locale) })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
