import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { getTraineeDetail } from "@/lib/cohorts/trainee";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Detail = Awaited<ReturnType<typeof getTraineeDetail>>;

/**
 * What the year holds for this trainee beyond placements: their check-ins (each opens the form),
 * attendance at gatherings, follow-up surveys and whether they agreed to be contacted afterwards.
 */
export async function TraineeFollowUp({ detail, slug, locale }: { detail: Detail; slug: string; locale: AppLocale }) {
  const t = await getTranslations("trainees.followUp");
  const checkIns = await getTranslations("checkIns");
  const surveys = await getTranslations("surveys.overview");
  const { trainee } = detail;
  const taken = trainee.attendances.filter((a) => a.status !== "INVITED");
  const present = taken.filter((a) => a.status === "PRESENT").length;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("checkIns")}>
        {trainee.checkIns.length === 0 ? (
          <p className="text-sm text-muted">{t("noCheckIns")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {trainee.checkIns.map((c) => (
              <li key={c.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/c/${slug}/check-ins/${c.id}`} className="text-brand-700 underline">
                  {c.monthOffset === null ? checkIns("which.end") : checkIns("which.months", { months: c.monthOffset })}
                </Link>
                <span className="text-muted">
                  {c.completedAt ? t("held", { date: formatDate(c.completedAt, locale) }) : t("due", { date: formatDate(c.dueDate, locale) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("afterwards")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted">{t("attendance")}</dt>
          <dd>{taken.length ? t("attended", { present, total: taken.length }) : t("noAttendance")}</dd>
          <dt className="text-muted">{t("consent")}</dt>
          <dd>{trainee.alumniConsentAt ? t("consentSince", { date: formatDate(trainee.alumniConsentAt, locale) }) : t("noConsent")}</dd>
          {trainee.followUps.map((f) => (
            <div key={f.wave} className="contents">
              <dt className="text-muted">{surveys(`wave.${f.wave}`)}</dt>
              <dd>
                {f.answeredAt
                  ? t("answered", { date: formatDate(f.answeredAt, locale) })
                  : f.sentAt
                    ? t("sent", { date: formatDate(f.sentAt, locale) })
                    : t("notSent")}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
