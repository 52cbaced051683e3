import { setRequestLocale } from "next-intl/server";
import { loadOutcomePage, outcomeTranslator } from "@/components/outcomes/load";
import { OutcomeEmpty } from "@/components/outcomes/outcome-panel";
import { OutcomeFilters } from "@/components/outcomes/outcome-filters";
import { OutcomeSections } from "@/components/outcomes/outcome-sections";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { withFilter, type OutcomeQuery } from "@/lib/outcomes/filter";
import { describePeriod } from "@/lib/outcomes/period";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<OutcomeQuery> };

export default async function OutcomesPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "metrics.read");
  const data = await loadOutcomePage(ctx, await searchParams);
  const t = await outcomeTranslator(locale);
  const base = `/c/${slug}/outcomes`;
  const canImport = ctx.can("import.run");
  const actions = (
    <div className="no-print flex flex-wrap gap-2">
      {data.report.cohorts.length > 0 ? (
        <Link href={withFilter(`${base}/report`, data.filter)} className={buttonClass("primary")}>
          {t("outcomes.openReport")}
        </Link>
      ) : null}
      <Link href={`/c/${slug}/surveys/results`} className={buttonClass("secondary")}>
        {t("surveys.results.link")}
      </Link>
      {canImport ? (
        <Link href={`/c/${slug}/import`} className={buttonClass("secondary")}>
          {t("outcomes.importHistory")}
        </Link>
      ) : null}
    </div>
  );
  const header = <PageHeader title={t("outcomes.title")} description={`${ctx.consortium.name} · ${describePeriod(data.filter, data.report, locale, t)}`} action={actions} />;
  if (data.cohorts.length === 0) {
    return (
      <>
        {header}
        <OutcomeEmpty message={t(canImport ? "outcomes.empty.noCohortsCoordinator" : "outcomes.empty.noCohorts")} />
      </>
    );
  }
  const csvHref = (table: string) => withFilter(`/api/c/${slug}/exports/outcomes`, data.filter, { table, locale });
  return (
    <>
      {header}
      <OutcomeFilters action={`/${locale}${base}`} filter={data.filter} cohorts={data.cohorts} years={data.report.availableYears} t={t} />
      {data.exact ? null : (
        <div className="mb-6">
          <Alert>{t("outcomes.maskNote")}</Alert>
        </div>
      )}
      {data.report.cohorts.length === 0 ? (
        <OutcomeEmpty message={t("outcomes.empty.noneInPeriod")} />
      ) : (
        <OutcomeSections tables={data.tables} locale={locale} t={t} cohortCount={data.report.cohorts.length} csvHref={csvHref} />
      )}
    </>
  );
}
