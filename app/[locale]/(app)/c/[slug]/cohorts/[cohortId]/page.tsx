import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CohortTimeline } from "@/components/cohorts/cohort-timeline";
import { CohortTraineeTable } from "@/components/cohorts/cohort-trainee-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { getCohortOverview } from "@/lib/cohorts/service";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { todayIn } from "@/lib/i18n/zoned-time";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string; cohortId: string }> };

export const generateMetadata = pageTitle("pageTitles", "cohort");

export default async function CohortPage({ params }: Props) {
  const { locale, slug, cohortId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "cohort.manage");
  const today = todayIn(ctx.consortium.timeZone);
  const overview = await orNull(scoped(ctx, (tx) => getCohortOverview(tx, ctx.consortium.id, cohortId, today)));
  if (!overview) notFound();
  const { cohort, trainees } = overview;
  const t = await getTranslations("cohorts");
  const statuses = await getTranslations("cohortStatus");
  return (
    <>
      <PageHeader
        title={cohort.name}
        description={t("page.lead", {
          start: formatDate(cohort.startDate, locale),
          end: formatDate(cohort.endDate, locale),
          status: statuses(cohort.status),
          count: trainees.length,
        })}
      />
      <nav aria-label={t("page.links")} className="mb-6 flex flex-wrap gap-3">
        <Link href={`/c/${slug}/cohorts`} className={buttonClass("ghost")}>{t("page.allCohorts")}</Link>
        <Link href={`/c/${slug}/cohorts/${cohort.id}/gatherings`} className={buttonClass("secondary")}>{t("page.gatherings")}</Link>
        <Link href={`/c/${slug}/check-ins?cohort=${cohort.id}`} className={buttonClass("secondary")}>{t("page.checkIns")}</Link>
      </nav>
      {trainees.length === 0 ? (
        <EmptyState>{t("page.noTrainees")}</EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="cohort-timeline" className="space-y-2">
            <h2 id="cohort-timeline" className="text-lg font-semibold">{t("timeline.title")}</h2>
            <p className="text-sm text-muted">{t("timeline.lead")}</p>
            <CohortTimeline cohort={cohort} trainees={trainees} today={today} slug={slug} locale={locale} />
          </section>
          <section aria-labelledby="cohort-table" className="space-y-2">
            <h2 id="cohort-table" className="text-lg font-semibold">{t("table.title")}</h2>
            <CohortTraineeTable overview={overview} slug={slug} locale={locale} />
          </section>
        </div>
      )}
    </>
  );
}
