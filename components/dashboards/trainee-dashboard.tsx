import { getTranslations } from "next-intl/server";
import { whichCheckIn } from "@/components/checkins/check-in-label";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadTraineeDashboard } from "@/lib/dashboards/trainee";
import { formatDate, formatTimeRange } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Data = Awaited<ReturnType<typeof loadTraineeDashboard>>;

/** The trainee's overview: cohort, placement now or next, the next gathering and check-in. */
export async function TraineeDashboard({ data, locale, timeZone, slug }: { data: Data; locale: AppLocale; timeZone: string; slug: string }) {
  const t = await getTranslations("dashboard.trainee");
  const checkIns = await getTranslations("checkIns");
  if (!data) return <EmptyState>{t("noTrainee")}</EmptyState>;
  const span = (start: Date, end: Date) => t("span", { start: formatDate(start, locale), end: formatDate(end, locale) });
  return (
    <Card
      title={t("overview", { cohort: data.cohort.name })}
      action={
        <Link href={`/c/${slug}/programme`} className={buttonClass("primary")}>
          {t("programmeLink")}
        </Link>
      }
    >
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted">{t("cohort")}</dt>
          <dd>{t("cohortLine", { cohort: data.cohort.name, span: span(data.cohort.startDate, data.cohort.endDate) })}</dd>
        </div>
        <div>
          <dt className="text-muted">{data.placementIsCurrent ? t("placementNow") : t("placementNext")}</dt>
          <dd>{data.placement ? t("placementLine", { employer: data.placement.employer.name, span: span(data.placement.startDate, data.placement.endDate) }) : t("noPlacement")}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("nextGathering")}</dt>
          <dd>
            {data.gathering
              ? t("gatheringLine", { title: data.gathering.title, when: formatTimeRange(data.gathering.startsAt, data.gathering.endsAt, locale, timeZone), place: data.gathering.place })
              : t("noGathering")}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("nextCheckIn")}</dt>
          <dd>{data.checkIn ? t("checkInLine", { which: whichCheckIn(checkIns, data.checkIn.monthOffset), due: formatDate(data.checkIn.dueDate, locale) }) : t("noCheckIn")}</dd>
        </div>
      </dl>
    </Card>
  );
}
