import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

export interface SurveyDates {
  sentAt: Date | null;
  remindedAt: Date | null;
  answeredAt: Date | null;
  expiresAt: Date | null;
}

/** Where one survey stands: not sent, sent, reminded, answered or expired, with its date. */
export async function SurveyStatus({ survey, locale, now }: { survey: SurveyDates | null | undefined; locale: AppLocale; now: Date }) {
  const t = await getTranslations("surveys.status");
  if (!survey?.sentAt) return <span className="text-muted">{t("notSent")}</span>;
  if (survey.answeredAt) return <span className="font-medium text-green-900">{t("answered", { date: formatDate(survey.answeredAt, locale) })}</span>;
  if (survey.expiresAt && survey.expiresAt <= now) return <span>{t("expired", { date: formatDate(survey.expiresAt, locale) })}</span>;
  if (survey.remindedAt) return <span>{t("reminded", { date: formatDate(survey.remindedAt, locale) })}</span>;
  return <span>{t("sent", { date: formatDate(survey.sentAt, locale) })}</span>;
}
