import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

interface Props {
  trainee: {
    name: string;
    status: string;
    cohort: { name: string; startDate: Date; endDate: Date };
    placements: { id: string; startDate: Date; endDate: Date; employer: { name: string } }[];
  };
  locale: AppLocale;
}

/** Beside the check-in form: who the trainee is placed with, so the notes can name the right place. */
export async function TraineeContext({ trainee, locale }: Props) {
  const t = await getTranslations("checkIns.context");
  const programme = await getTranslations("programme");
  return (
    <Card title={t("title")}>
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="text-muted">{t("cohort")}</dt>
          <dd>{t("cohortSpan", { cohort: trainee.cohort.name, start: formatDate(trainee.cohort.startDate, locale), end: formatDate(trainee.cohort.endDate, locale) })}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("status")}</dt>
          <dd>{programme(`traineeStatus.${trainee.status}`)}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("placements")}</dt>
          <dd>
            <ul className="space-y-1">
              {trainee.placements.map((p) => (
                <li key={p.id}>{t("placement", { employer: p.employer.name, start: formatDate(p.startDate, locale), end: formatDate(p.endDate, locale) })}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </Card>
  );
}
