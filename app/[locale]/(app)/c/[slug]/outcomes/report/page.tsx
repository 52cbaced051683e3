import { setRequestLocale } from "next-intl/server";
import { loadOutcomePage, outcomeTranslator } from "@/components/outcomes/load";
import { PrintButton } from "@/components/outcomes/print-button";
import { ReportView } from "@/components/outcomes/report-view";
import { buttonClass } from "@/components/ui/button";
import { loadReportExtras } from "@/components/outcomes/report-extras";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { withFilter, type OutcomeQuery } from "@/lib/outcomes/filter";
import { describePeriod } from "@/lib/outcomes/period";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<OutcomeQuery> };

export default async function OutcomeReportPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "metrics.read");
  const data = await loadOutcomePage(ctx, await searchParams);
  // The toolbar speaks the reader's language; the report itself the consortium's.
  const ui = await outcomeTranslator(locale);
  const reportLocale = ctx.consortium.defaultLocale;
  const t = await outcomeTranslator(reportLocale);
  const extra = await scoped(ctx, (tx) => loadReportExtras(tx, ctx.consortium.id, data, { exact: data.exact }));
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={withFilter(`/c/${slug}/outcomes`, data.filter)} className={buttonClass("secondary")}>
          {ui("outcomes.report.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted">{ui("outcomes.report.languageNote", { language: reportLocale })}</p>
          <PrintButton label={ui("outcomes.report.print")} />
        </div>
      </div>
      <ReportView
        consortiumName={ctx.consortium.name}
        period={describePeriod(data.filter, data.report, reportLocale, t)}
        generated={formatDateTime(new Date(), reportLocale, ctx.consortium.timeZone)}
        tables={data.tables}
        cohortCount={data.report.cohorts.length}
        exact={data.exact}
        locale={reportLocale}
        t={t}
        previous={extra.previous}
        surveys={extra.surveys}
      />
    </>
  );
}
