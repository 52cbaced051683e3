import { createHmac } from "node:crypto";
import { env } from "../env";
import type { AppLocale } from "../i18n/routing";
import { hashToken } from "../people/tokens";

export type SurveyKind = "trainee" | "employer";

/**
 * The secret of a survey's personal link: 32 bytes no one can guess or derive from the database
 * (an HMAC under the server's secret of the survey's random id). Only its SHA-256 is stored, as
 * for invitations; unlike a random token it can be made again, so the reminder carries the same
 * link as the first mail (decision 0017).
 */
export function surveyToken(kind: SurveyKind, surveyId: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`kohort-survey:${kind}:${surveyId}`).digest("base64url");
}

export function surveyTokenHash(kind: SurveyKind, surveyId: string): string {
  return hashToken(surveyToken(kind, surveyId));
}

export function surveyUrl(slug: string, locale: AppLocale, token: string): string {
  return `${env.APP_URL}/${locale}/c/${slug}/survey/${token}`;
}
