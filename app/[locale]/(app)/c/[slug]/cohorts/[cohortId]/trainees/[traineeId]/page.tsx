import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TraineeFollowUp } from "@/components/cohorts/trainee-follow-up";
import { TraineeOutcome } from "@/components/cohorts/trainee-outcome";
import { TraineePeople } from "@/components/cohorts/trainee-people";
import { TraineePlacements } from "@/components/cohorts/trainee-placements";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { getTraineeDetail } from "@/lib/cohorts/trainee";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { todayIn } from "@/lib/i18n/zoned-time";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string; cohortId: string; traineeId: string }> };

export const generateMetadata = pageTitle("pageTitles", "trainee");

export default async function CohortTraineePage({ params }: Props) {
  const { locale, slug, cohortId, traineeId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "cohort.manage");
  const detail = await orNull(scoped(ctx, (tx) => getTraineeDetail(tx, ctx.consortium.id, cohortId, traineeId)));
  if (!detail) notFound();
  const t = await getTranslations("trainees");
  const { trainee, cohort } = detail;
  const today = todayIn(ctx.consortium.timeZone);
  return (
    <>
      <PageHeader
        title={trainee.name}
        description={t("page.lead", { cohort: cohort.name, status: t(`statusLabel.${trainee.status}`) })}
        action={
          <Link href={`/c/${slug}/cohorts/${cohort.id}`} className={buttonClass("secondary")}>
            {t("page.back", { cohort: cohort.name })}
          </Link>
        }
      />
      {trainee.email ? (
        <p className="-mt-4 mb-6 text-sm">
          <a href={`mailto:${trainee.email}`} className="text-brand-700 underline">{trainee.email}</a>
        </p>
      ) : null}
      <div className="space-y-6">
        <TraineePlacements detail={detail} slug={slug} locale={locale} today={today} />
        <TraineePeople detail={detail} slug={slug} />
        <TraineeFollowUp detail={detail} slug={slug} locale={locale} />
        <TraineeOutcome detail={detail} slug={slug} locale={locale} municipalities={ctx.consortium.municipalities} />
      </div>
    </>
  );
}
