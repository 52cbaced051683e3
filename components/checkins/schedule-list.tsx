import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { checkInDates } from "@/lib/checkins/schedule";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { whichCheckIn } from "./check-in-label";
import { ScheduleForm } from "./schedule-form";

interface Cohort {
  id: string;
  name: string;
  startDate: Date;
  endDate: Date;
  checkInMonths: number[];
}

/** Each running cohort's check-in months, the dates they give, and the form to change them. */
export async function ScheduleList({ slug, cohorts, locale }: { slug: string; cohorts: Cohort[]; locale: AppLocale }) {
  const t = await getTranslations("checkIns");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {cohorts.map((cohort) => (
        <Card key={cohort.id} title={t("schedule.title", { cohort: cohort.name })}>
          <p className="mb-2 text-sm">{t("schedule.span", { start: formatDate(cohort.startDate, locale), end: formatDate(cohort.endDate, locale) })}</p>
          <p className="mb-2 text-sm text-muted">{t("schedule.lead")}</p>
          <ul className="mb-4 list-disc pl-5 text-sm" aria-label={t("schedule.planned", { cohort: cohort.name })}>
            {checkInDates(cohort).map((p) => (
              <li key={p.monthOffset ?? "end"}>{t("schedule.plannedItem", { which: whichCheckIn(t, p.monthOffset), date: formatDate(p.dueDate, locale) })}</li>
            ))}
          </ul>
          <ScheduleForm slug={slug} cohortId={cohort.id} cohortName={cohort.name} months={cohort.checkInMonths} />
        </Card>
      ))}
    </div>
  );
}
