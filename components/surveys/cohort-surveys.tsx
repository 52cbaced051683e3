import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { sendEmployerSurveysAction } from "@/lib/surveys/actions";
import type { getCohortSurveys } from "@/lib/surveys/overview";
import { WAVES } from "@/lib/surveys/types";
import { ActionButton } from "../ui/action-button";
import { Card, EmptyState } from "../ui/card";
import { DataTable } from "../ui/data-table";

type Detail = Awaited<ReturnType<typeof getCohortSurveys>>;

interface SurveyDates {
  sentAt: Date | null;
  remindedAt: Date | null;
  answeredAt: Date | null;
  expiresAt: Date | null;
}

/** Where one survey stands: not sent, sent, reminded, answered or expired, with its date. */
async function SurveyStatus({ survey, locale, now }: { survey: SurveyDates | null | undefined; locale: AppLocale; now: Date }) {
  const t = await getTranslations("surveys.status");
  if (!survey?.sentAt) return <span className="text-muted">{t("notSent")}</span>;
  if (survey.answeredAt) return <span className="font-medium text-green-900">{t("answered", { date: formatDate(survey.answeredAt, locale) })}</span>;
  if (survey.expiresAt && survey.expiresAt <= now) return <span>{t("expired", { date: formatDate(survey.expiresAt, locale) })}</span>;
  if (survey.remindedAt) return <span>{t("reminded", { date: formatDate(survey.remindedAt, locale) })}</span>;
  return <span>{t("sent", { date: formatDate(survey.sentAt, locale) })}</span>;
}

/** One cohort: each trainee's surveys with what they answered about where they live, and the host employers' surveys. */
export async function CohortSurveys({ slug, detail, locale, now }: { slug: string; detail: Detail; locale: AppLocale; now: Date }) {
  const t = await getTranslations("surveys.cohort");
  const waves = await getTranslations("surveys.overview.wave");
  const tri = await getTranslations("surveys.tri");
  return (
    <div className="space-y-6">
      <Card title={t("trainees", { cohort: detail.cohort.name })}>
        {detail.trainees.length === 0 ? (
          <EmptyState>{t("noTrainees")}</EmptyState>
        ) : (
          <DataTable caption={t("traineesCaption", { cohort: detail.cohort.name })} variant="plain" columns={[{ label: t("name") }, { label: t("consent") }, ...WAVES.map((w) => ({ label: waves(w) }))]}>
            {detail.trainees.map((trainee) => (
              <tr key={trainee.id} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {trainee.name}
                  {trainee.email ? null : <span className="block text-xs font-normal text-muted">{t("noEmail")}</span>}
                </th>
                <td className="py-2 pr-3">{trainee.consent ? t("consentYes") : t("consentNo")}</td>
                {WAVES.map((wave) => {
                  const survey = trainee.followUps.find((f) => f.wave === wave);
                  return (
                    <td key={wave} className="py-2 pr-3">
                      <SurveyStatus survey={survey} locale={locale} now={now} />
                      {survey?.answeredAt ? (
                        <span className="block text-xs">
                          {t("whereabouts", { municipality: survey.municipality ?? t("unknownPlace"), lives: tri(survey.livesInRegion) })}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
      <Card
        title={t("employers")}
        action={
          detail.employers.length ? (
            <ActionButton action={sendEmployerSurveysAction} args={[slug, { cohortId: detail.cohort.id }]}>
              {t("sendEmployers")}
            </ActionButton>
          ) : null
        }
      >
        <p className="mb-3 text-sm text-muted">{t("employersLead")}</p>
        {detail.employers.length === 0 ? (
          <EmptyState>{t("noEmployers")}</EmptyState>
        ) : (
          <DataTable caption={t("employersCaption", { cohort: detail.cohort.name })} variant="plain" columns={[{ label: t("employer") }, { label: t("contacts"), numeric: true }, { label: t("status") }]}>
            {detail.employers.map((e) => (
              <tr key={e.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 text-left font-medium">{e.name}</th>
                <td className="py-2 pr-3 text-right">{e.contacts}</td>
                <td className="py-2 pr-3">
                  {e.contacts === 0 && !e.survey ? (
                    // Contact persons are employer members, invited on the people page.
                    <Link href={`/c/${slug}/people`} className="font-medium text-red-800 underline">{t("setContact")}</Link>
                  ) : (
                    <SurveyStatus survey={e.survey} locale={locale} now={now} />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}
