import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { outcomeTranslator } from "@/components/outcomes/load";
import { QuestionResult } from "@/components/surveys/results/question-result";
import { TrendTable } from "@/components/surveys/results/trend-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatFigure, formatShare } from "@/lib/outcomes/format";
import { AppError } from "@/lib/server/errors";
import { RESULT_WAVES } from "@/lib/surveys/results";
import { loadSurveyResults } from "@/lib/surveys/results-view";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ cohort?: string; wave?: string }> };

/** Follow-up survey results per cohort and wave, and the wave across cohorts; disclosed for steering. */
export default async function SurveyResultsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "metrics.read");
  const query = await searchParams;
  const reader = { exact: ctx.can("metrics.exact"), freeText: ctx.can("survey.manage") };
  const view = await scoped(ctx, (tx) => loadSurveyResults(tx, ctx.consortium.id, query, reader)).catch((error) => {
    if (error instanceof AppError && error.code === "cohortUnknown") notFound();
    throw error;
  });
  const t = await outcomeTranslator(locale);
  const csv = (format: "csv" | "xlsx") =>
    `/api/c/${slug}/exports/surveys?${new URLSearchParams({ cohort: view.cohort?.id ?? "", wave: view.wave, locale, ...(format === "xlsx" ? { format } : {}) })}`;
  const result = view.result;
  return (
    <>
      <PageHeader title={t("surveys.results.title")} description={t("surveys.results.lead")} />
      {view.cohorts.length === 0 ? (
        <EmptyState>{t("surveys.results.noCohorts")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <form method="get" className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="results-cohort" className="block text-sm font-medium">{t("surveys.results.cohort")}</label>
              <select id="results-cohort" name="cohort" defaultValue={view.cohort?.id} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
                {view.cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="results-wave" className="block text-sm font-medium">{t("surveys.results.wave")}</label>
              <select id="results-wave" name="wave" defaultValue={view.wave} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
                {RESULT_WAVES.map((w) => <option key={w} value={w}>{t(`surveys.overview.wave.${w}`)}</option>)}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>{t("surveys.results.show")}</button>
          </form>
          {reader.exact ? null : <Alert>{t("surveys.results.maskNote")}</Alert>}
          {result ? (
            <Card title={t("surveys.results.waveTitle", { cohort: view.cohort!.name, wave: t(`surveys.overview.wave.${view.wave}`) })}>
              <dl className="mb-4 grid grid-cols-3 gap-3 text-sm">
                <div><dt className="text-muted">{t("surveys.results.sent")}</dt><dd className="text-xl font-semibold tabular-nums">{formatFigure(result.sent, locale, t)}</dd></div>
                <div><dt className="text-muted">{t("surveys.results.answered")}</dt><dd className="text-xl font-semibold tabular-nums">{formatFigure(result.answered, locale, t)}</dd></div>
                <div><dt className="text-muted">{t("surveys.results.responseRate")}</dt><dd className="text-xl font-semibold tabular-nums">{formatShare(result.responseRate, locale)}</dd></div>
              </dl>
              {result.sent === 0 ? (
                <p className="text-sm text-muted">{t("surveys.results.notSent")}</p>
              ) : (
                <>
                  <p className="mb-4 flex gap-3 text-sm">
                    <a href={csv("csv")} download className="font-medium text-brand-700 underline">{t("outcomes.downloadCsv")}</a>
                    <a href={csv("xlsx")} download className="font-medium text-brand-700 underline">{t("outcomes.downloadXlsx")}</a>
                  </p>
                  <div className="grid gap-4 lg:grid-cols-2">
                    {result.questions.map((q) => <QuestionResult key={q.id} q={q} locale={locale} t={t} />)}
                  </div>
                </>
              )}
            </Card>
          ) : null}
          <Card title={t("surveys.results.trendTitle")}>
            {view.trend.length ? <TrendTable trend={view.trend} locale={locale} t={t} /> : <EmptyState>{t("surveys.results.noTrend")}</EmptyState>}
          </Card>
        </div>
      )}
    </>
  );
}
