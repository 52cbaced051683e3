import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmployerTraineeCard } from "@/components/trainees/employer-trainee-card";
import { NextCheckIns } from "@/components/trainees/next-check-ins";
import { GatheringPlan } from "@/components/trainees/gathering-plan";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { todayIn } from "@/lib/i18n/zoned-time";
import type { AppLocale } from "@/lib/i18n/routing";
import { listEmployerNextCheckIns, listEmployerTrainees } from "@/lib/trainees/employer-view";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

/** The employer contact's trainees: those placed (now or before) at their employer. */
export const generateMetadata = pageTitle("pageTitles", "trainees");

export default async function EmployerTraineesPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "trainee.read.own");
  const employerId = ctx.membership.employerId;
  const today = todayIn(ctx.consortium.timeZone);
  const [{ trainees, cohorts }, nextCheckIns] = await scoped(ctx, (tx) =>
    Promise.all([listEmployerTrainees(tx, ctx.consortium.id, employerId), listEmployerNextCheckIns(tx, ctx.consortium.id, employerId, today)]),
  );
  const t = await getTranslations("employerTrainees");
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { employer: ctx.membership.employer?.name ?? ctx.consortium.name })} />
      {trainees.length === 0 || !employerId ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <NextCheckIns checkIns={nextCheckIns} locale={locale} today={today} />
          {trainees.map((trainee) => (
            <EmployerTraineeCard key={trainee.id} trainee={trainee} employerId={employerId} locale={locale} today={today} />
          ))}
          {cohorts.map((cohort) => (
            <Card key={cohort.id} title={t("gatheringsTitle", { cohort: cohort.name })}>
              {cohort.upcoming.length + cohort.past.length === 0 ? <EmptyState>{t("noGatherings")}</EmptyState> : null}
              {cohort.upcoming.length > 0 ? (
                <GatheringPlan gatherings={cohort.upcoming} caption={t("upcoming", { cohort: cohort.name })} locale={locale} timeZone={ctx.consortium.timeZone} />
              ) : null}
              {cohort.past.length > 0 ? (
                <details className="mt-4">
                  <summary className="cursor-pointer text-sm font-medium">{t("past", { count: cohort.past.length })}</summary>
                  <GatheringPlan gatherings={cohort.past} caption={t("pastCaption", { cohort: cohort.name })} locale={locale} timeZone={ctx.consortium.timeZone} />
                </details>
              ) : null}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
