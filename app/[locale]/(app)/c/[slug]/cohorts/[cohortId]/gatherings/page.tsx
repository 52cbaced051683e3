import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GatheringForm } from "@/components/gatherings/gathering-form";
import { GatheringList } from "@/components/gatherings/gathering-list";
import { TraineeRates } from "@/components/gatherings/trainee-rates";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { getCohortOf, listCohortGatherings, listTraineeRates } from "@/lib/gatherings/service";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string; cohortId: string }> };

export const generateMetadata = pageTitle("pageTitles", "gatherings");

export default async function CohortGatheringsPage({ params }: Props) {
  const { locale, slug, cohortId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "gathering.manage");
  const id = ctx.consortium.id;
  const data = await orNull(
    scoped(ctx, async (tx) => {
      const cohort = await getCohortOf(tx, id, cohortId);
      const zone = ctx.consortium.timeZone;
      const [gatherings, rates] = await Promise.all([listCohortGatherings(tx, id, cohort.id, zone), listTraineeRates(tx, id, cohort.id, zone)]);
      return { cohort, gatherings, rates };
    }),
  );
  if (!data) notFound();
  const { cohort, gatherings, rates } = data;
  const t = await getTranslations("gatherings");
  const timeZone = ctx.consortium.timeZone;
  const listHref = `/c/${slug}/cohorts/${cohort.id}/gatherings`;
  return (
    <>
      <PageHeader
        title={t("title", { cohort: cohort.name })}
        description={t("lead", { cohort: cohort.name, zone: timeZone })}
        action={<Link href={`/c/${slug}/cohorts/${cohort.id}`} className={buttonClass("ghost")}>{t("backToCohort")}</Link>}
      />
      <div className="space-y-8">
        <Card title={t("list.heading")}>
          <GatheringList gatherings={gatherings} cohortName={cohort.name} listHref={listHref} locale={locale} timeZone={timeZone} />
        </Card>
        <Card title={t("form.newHeading")}>
          <GatheringForm slug={slug} target={{ cohortId: cohort.id }} timeZone={timeZone} listHref={listHref} />
        </Card>
        <Card title={t("rates.heading")}>
          <TraineeRates rows={rates} cohortName={cohort.name} locale={locale} />
        </Card>
      </div>
    </>
  );
}
