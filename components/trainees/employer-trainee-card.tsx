import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { EmployerTrainees } from "@/lib/trainees/employer-view";
import { MentorList } from "./mentor-list";
import { PlacementList } from "./placement-list";
import { SharedCheckIns } from "./shared-check-ins";

type Trainee = EmployerTrainees["trainees"][number];

/** One trainee as their employer contact sees them: placements, mentor and buddy, shared check-ins. */
export async function EmployerTraineeCard({ trainee, employerId, locale, today }: { trainee: Trainee; employerId: string; locale: AppLocale; today: Date }) {
  const t = await getTranslations("employerTrainees");
  const programme = await getTranslations("programme");
  return (
    <Card title={trainee.name} id={`trainee-${trainee.id}`}>
      <p className="text-sm">
        {t("cohortLine", { cohort: trainee.cohort.name, status: programme(`traineeStatus.${trainee.status}`) })}
        {trainee.endedAt ? <span className="ml-1">{t("endedOn", { date: formatDate(trainee.endedAt, locale) })}</span> : null}
      </p>
      {trainee.email ? (
        <p className="text-sm">
          <a href={`mailto:${trainee.email}`} className="text-brand-700 underline">{trainee.email}</a>
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <section aria-labelledby={`placements-${trainee.id}`}>
          <h3 id={`placements-${trainee.id}`} className="mb-2 font-semibold">{t("placements")}</h3>
          <PlacementList placements={trainee.placements} locale={locale} today={today} ownEmployerId={employerId} />
        </section>
        <section aria-labelledby={`mentors-${trainee.id}`}>
          <h3 id={`mentors-${trainee.id}`} className="mb-2 font-semibold">{t("mentors")}</h3>
          <MentorList mentors={trainee.mentors} />
        </section>
      </div>
      <section aria-labelledby={`checkins-${trainee.id}`} className="mt-6">
        <h3 id={`checkins-${trainee.id}`} className="mb-2 font-semibold">{t("checkIns")}</h3>
        <p className="mb-2 text-xs text-muted">{t("checkInsHint")}</p>
        <SharedCheckIns checkIns={trainee.checkIns} locale={locale} headingLevel={4} />
      </section>
    </Card>
  );
}
