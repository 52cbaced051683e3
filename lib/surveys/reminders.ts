import { systemDb } from "../db/client";
import { mailSurvey, userLocales, type SurveyConsortium } from "./notify";
import { hostEmployers, mailEmployerContacts, RECIPIENT_FIELDS } from "./send";
import { hasAlumniConsent, reminderCutoff } from "./timing";

/**
 * One reminder per survey still unanswered a week after it was sent, while its link works. Each
 * is claimed by a conditional update in the same transaction as its mail, so two runs at once (or
 * a crash between two steps) never remind twice. A trainee who withdrew consent is not reminded
 * of a later wave; surveys without a link (made before links existed) cannot be.
 */
export async function sendSurveyReminders(consortium: SurveyConsortium, now: Date): Promise<number> {
  const db = systemDb();
  const pending = { consortiumId: consortium.id, tokenHash: { not: null }, answeredAt: null, remindedAt: null, sentAt: { lte: reminderCutoff(now) }, expiresAt: { gt: now } };
  let reminded = 0;

  const trainees = await db.followUp.findMany({
    // Imported cohorts get no surveys, so no reminders either (their follow-ups hold imported answers).
    where: { ...pending, trainee: { cohort: { imported: false } } },
    select: { id: true, wave: true, email: true, expiresAt: true, trainee: { select: { ...RECIPIENT_FIELDS, cohort: { select: { name: true } } } } },
  });
  for (const survey of trainees) {
    const to = survey.email ?? survey.trainee.email;
    if (!to || (survey.wave !== "END" && !hasAlumniConsent(survey.trainee))) continue;
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.followUp.updateMany({ where: { id: survey.id, consortiumId: consortium.id, remindedAt: null, answeredAt: null, expiresAt: { gt: now } }, data: { remindedAt: now } });
      if (!count) return false;
      const locales = await userLocales(tx, [survey.trainee.userId]);
      await mailSurvey(tx, consortium, {
        kind: "trainee",
        surveyId: survey.id,
        wave: survey.wave,
        reminder: true,
        to: { email: to, locale: locales.get(survey.trainee.userId ?? "") ?? null },
        name: survey.trainee.name,
        cohort: survey.trainee.cohort.name,
        expiresAt: survey.expiresAt!,
      });
      return true;
    });
    if (claimed) reminded += 1;
  }

  const employers = await db.employerFollowUp.findMany({
    where: { ...pending, cohort: { imported: false } },
    select: { id: true, employerId: true, expiresAt: true, cohort: { select: { id: true, name: true } } },
  });
  for (const survey of employers) {
    const host = (await hostEmployers(db, consortium.id, survey.cohort.id)).find((e) => e.id === survey.employerId);
    if (!host?.memberships.length) continue;
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.employerFollowUp.updateMany({ where: { id: survey.id, consortiumId: consortium.id, remindedAt: null, answeredAt: null, expiresAt: { gt: now } }, data: { remindedAt: now } });
      if (count) await mailEmployerContacts(tx, consortium, survey.cohort, host, { id: survey.id, expiresAt: survey.expiresAt!, reminder: true });
      return count > 0;
    });
    if (claimed) reminded += 1;
  }
  return reminded;
}
