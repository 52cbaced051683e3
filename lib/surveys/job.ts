import { systemDb } from "../db/client";
import { addMonths } from "../retention/rules";
import { snapshotQuestions } from "./bank";
import { SURVEY_CONSORTIUM_FIELDS, type SurveyConsortium } from "./notify";
import { sendSurveyReminders } from "./reminders";
import { hostEmployers, reasonToSkip, sendEmployerSurvey, sendTraineeSurvey, SURVEY_COHORT_FIELDS, waveRecipients, type SurveyCohort } from "./send";
import { AUTO_SEND_WINDOW_DAYS, isAutoSendDue } from "./timing";
import { WAVES, type WaveName } from "./types";

export interface SurveyRun {
  trainees: number;
  employers: number;
  reminders: number;
}

/**
 * Sends the surveys that are due (decision 0017): each wave to a cohort's trainees on its day
 * (END at the cohort's end, YEAR_1 and YEAR_3 a year and three years on, those two only with
 * alumni consent) and the member employers' survey at the end; then the one reminder a week on.
 * Runs across consortia as the owner (or for one, when `consortiumId` is given), one transaction
 * per recipient. Safe to run twice at once: the unique (trainee, wave) and (employer, cohort)
 * with ON CONFLICT DO NOTHING let only one insert, and only the inserting one mails.
 */
export async function sendDueSurveys(options: { now?: Date; consortiumId?: string } = {}): Promise<SurveyRun> {
  const now = options.now ?? new Date();
  const db = systemDb();
  const run: SurveyRun = { trainees: 0, employers: 0, reminders: 0 };
  const consortia = await db.consortium.findMany({ where: options.consortiumId ? { id: options.consortiumId } : {}, select: SURVEY_CONSORTIUM_FIELDS });
  // The oldest end that can still have a wave due automatically: YEAR_3's window.
  const oldestEnd = new Date(addMonths(now, -36).getTime() - (AUTO_SEND_WINDOW_DAYS + 1) * 86_400_000);
  for (const consortium of consortia) {
    const cohorts = await db.cohort.findMany({
      // Imported history is never surveyed: those people left long ago and never agreed to mail.
      where: { consortiumId: consortium.id, imported: false, endDate: { lte: now, gte: oldestEnd } },
      select: SURVEY_COHORT_FIELDS,
    });
    for (const cohort of cohorts) {
      for (const wave of WAVES.filter((w) => isAutoSendDue(cohort.endDate, w, now))) {
        run.trainees += await sendWave(consortium, cohort, wave, now);
        if (wave === "END") run.employers += await sendEmployerWave(consortium, cohort, now);
      }
    }
    run.reminders += await sendSurveyReminders(consortium, now);
  }
  return run;
}

async function sendWave(consortium: SurveyConsortium, cohort: SurveyCohort, wave: WaveName, now: Date): Promise<number> {
  const db = systemDb();
  const recipients = (await waveRecipients(db, consortium.id, cohort)).filter((t) => !reasonToSkip(t, wave));
  if (!recipients.length) return 0;
  const already = new Set(
    (await db.followUp.findMany({ where: { consortiumId: consortium.id, wave, traineeId: { in: recipients.map((t) => t.id) } }, select: { traineeId: true } })).map(
      (f) => f.traineeId,
    ),
  );
  const due = recipients.filter((t) => !already.has(t.id));
  if (!due.length) return 0;
  const questions = await db.$transaction((tx) => snapshotQuestions(tx, consortium.id, "TRAINEE", wave));
  let sent = 0;
  for (const trainee of due) {
    if (await db.$transaction((tx) => sendTraineeSurvey(tx, consortium, cohort, trainee, wave, questions, now))) sent += 1;
  }
  return sent;
}

/** Employers without a contact person are skipped here; the surveys page names them. */
async function sendEmployerWave(consortium: SurveyConsortium, cohort: SurveyCohort, now: Date): Promise<number> {
  const db = systemDb();
  const sentTo = new Set((await db.employerFollowUp.findMany({ where: { consortiumId: consortium.id, cohortId: cohort.id }, select: { employerId: true } })).map((f) => f.employerId));
  const due = (await hostEmployers(db, consortium.id, cohort.id)).filter((e) => e.memberships.length && !sentTo.has(e.id));
  if (!due.length) return 0;
  const questions = await db.$transaction((tx) => snapshotQuestions(tx, consortium.id, "EMPLOYER", "END"));
  let sent = 0;
  for (const employer of due) {
    if (await db.$transaction((tx) => sendEmployerSurvey(tx, consortium, cohort, employer, questions, now))) sent += 1;
  }
  return sent;
}
