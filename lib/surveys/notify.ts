import { createHmac } from "node:crypto";
import type { Tx } from "../db/tenant";
import { enqueueEmail } from "../email/outbox";
import { env } from "../env";
import { formatDay } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";
import { hashToken } from "../people/tokens";
import type { WaveName } from "./types";

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

export interface SurveyConsortium {
  id: string;
  slug: string;
  name: string;
  defaultLocale: AppLocale;
  timeZone: string;
  municipalities: string[];
}

export const SURVEY_CONSORTIUM_FIELDS = { id: true, slug: true, name: true, defaultLocale: true, timeZone: true, municipalities: true } as const;

export interface SurveyMail {
  kind: SurveyKind;
  surveyId: string;
  wave: WaveName;
  reminder: boolean;
  to: { email: string; locale: AppLocale | null };
  name: string;
  cohort: string;
  expiresAt: Date;
}

/** One survey mail with the personal link, in the reader's language, through the outbox. */
export async function mailSurvey(tx: Tx, consortium: SurveyConsortium, mail: SurveyMail): Promise<void> {
  const locale = mail.to.locale ?? consortium.defaultLocale;
  await enqueueEmail(tx, {
    template: "survey",
    to: mail.to.email,
    locale,
    consortiumId: consortium.id,
    props: {
      audience: mail.kind,
      wave: mail.wave,
      reminder: mail.reminder,
      consortiumName: consortium.name,
      name: mail.name,
      cohort: mail.cohort,
      url: surveyUrl(consortium.slug, locale, surveyToken(mail.kind, mail.surveyId)),
      expiresOn: formatDay(mail.expiresAt, locale, consortium.timeZone),
    },
  });
}

/** The languages people chose for themselves; those without an account get the consortium's. */
export async function userLocales(tx: Tx, userIds: (string | null)[]): Promise<Map<string, AppLocale | null>> {
  const ids = userIds.filter((id): id is string => Boolean(id));
  const users = ids.length ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, locale: true } }) : [];
  return new Map(users.map((u) => [u.id, u.locale]));
}
