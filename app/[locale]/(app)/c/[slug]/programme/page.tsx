import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlumniConsent } from "@/components/surveys/alumni-consent";
import { CalendarFeed } from "@/components/trainees/calendar-feed";
import { MyGatherings } from "@/components/trainees/my-gatherings";
import { MentorList } from "@/components/trainees/mentor-list";
import { MyData } from "@/components/trainees/my-data";
import { PlacementList } from "@/components/trainees/placement-list";
import { SharedCheckIns } from "@/components/trainees/shared-check-ins";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { todayIn } from "@/lib/i18n/zoned-time";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { getMyProgramme, myCalendarFeedPath } from "@/lib/trainees/self";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

/** The trainee's own page: their year, their calendar feed, and what Kohort stores about them. */
export const generateMetadata = pageTitle("pageTitles", "programme");

export default async function ProgrammePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "trainee.self");
  const t = await getTranslations("programme");
  const data = await scoped(ctx, async (tx) => {
    const trainee = await getMyProgramme(tx, ctx.consortium.id, ctx.user.id);
    return trainee && { trainee, feedPath: await myCalendarFeedPath(tx, ctx.consortium, trainee.id) };
  });
  if (!data) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noTrainee")}</EmptyState>
      </>
    );
  }
  const { trainee } = data;
  const zone = ctx.consortium.timeZone;
  const now = new Date();
  const upcoming = trainee.gatherings.filter((g) => g.endsAt >= now);
  const past = trainee.gatherings.filter((g) => g.endsAt < now).reverse();
  const span = t("span", { start: formatDate(trainee.cohort.startDate, locale), end: formatDate(trainee.cohort.endDate, locale) });
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { cohort: trainee.cohort.name, span })} />
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("placements.title")}>
            <PlacementList placements={trainee.placements} locale={locale} today={todayIn(zone)} />
          </Card>
          <Card title={t("mentors.title")}>
            <MentorList mentors={trainee.mentors} />
          </Card>
        </div>
        <Card title={t("gatherings.title")}>
          <h3 className="mb-2 font-semibold">{t("gatherings.upcoming")}</h3>
          {upcoming.length === 0 ? (
            <EmptyState>{t("gatherings.noUpcoming")}</EmptyState>
          ) : (
            <MyGatherings gatherings={upcoming} slug={slug} past={false} locale={locale} timeZone={zone} />
          )}
          <h3 className="mb-2 mt-6 font-semibold">{t("gatherings.past")}</h3>
          {past.length === 0 ? (
            <EmptyState>{t("gatherings.noPast")}</EmptyState>
          ) : (
            <MyGatherings gatherings={past} slug={slug} past locale={locale} timeZone={zone} />
          )}
        </Card>
        <Card title={t("calendar.title")}>
          <CalendarFeed slug={slug} url={new URL(data.feedPath, env.APP_URL).toString()} />
        </Card>
        <Card title={t("checkIns.title")}>
          <p className="mb-3 text-sm text-muted">{t("checkIns.lead")}</p>
          <SharedCheckIns checkIns={trainee.checkIns} locale={locale} />
        </Card>
        <Card title={t("data.title")}>
          <MyData trainee={trainee} slug={slug} locale={locale} />
        </Card>
        {/* Consent to contact after the programme is asked here, apart from the application's consent. */}
        <section id="alumni-consent" aria-labelledby="alumni-consent-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="alumni-consent-title" className="mb-3 text-lg font-semibold">{t("alumni.title")}</h2>
          <p className="text-sm">{t("alumni.lead")}</p>
          <AlumniConsent slug={slug} locale={locale} />
        </section>
      </div>
    </>
  );
}
