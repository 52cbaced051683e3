import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { snapshotQuestions } from "./bank";
import type { SurveyConsortium } from "./notify";
import type { sendEmployerSurveysSchema, sendSurveysSchema } from "./schemas";
import {
  emptyTally,
  hostEmployers,
  reasonToSkip,
  sendEmployerSurvey,
  sendTraineeSurvey,
  SURVEY_COHORT_FIELDS,
  waveRecipients,
  type SendTally,
} from "./send";
import { isWaveDue } from "./timing";
import type { WaveName } from "./types";

export interface SurveyActor {
  consortium: SurveyConsortium;
  userId: string;
}

async function dueCohort(tx: Tx, consortiumId: string, cohortId: string, wave: WaveName, now: Date) {
  // An imported cohort is history: no survey goes to it, by hand either.
  const cohort = await tx.cohort.findFirst({ where: { id: cohortId, consortiumId, imported: false }, select: SURVEY_COHORT_FIELDS });
  if (!cohort) throw new AppError("notFound");
  // A wave asks about life after the programme: it cannot go before its day.
  if (!isWaveDue(cohort.endDate, wave, now)) throw new AppError("validation", { wave: "surveys.send.notDue" });
  return cohort;
}

/**
 * The coordinator sends a wave now, to a cohort or to one of its trainees. Those who already have
 * this wave's survey are left alone; later waves go only to those who consented to follow-up
 * contact (for one named trainee without it: `noAlumniConsent`).
 */
export async function sendWaveByHand(tx: Tx, actor: SurveyActor, input: z.output<typeof sendSurveysSchema>, now = new Date()): Promise<SendTally> {
  const consortiumId = actor.consortium.id;
  const cohort = await dueCohort(tx, consortiumId, input.cohortId, input.wave, now);
  const recipients = await waveRecipients(tx, consortiumId, cohort, input.traineeId);
  if (input.traineeId && !recipients.length) throw new AppError("notFound");
  if (input.traineeId) {
    const reason = reasonToSkip(recipients[0], input.wave);
    if (reason === "noConsent") throw new AppError("noAlumniConsent");
    if (reason === "noEmail") throw new AppError("validation", { traineeId: "surveys.send.noEmail" });
  }
  const questions = await snapshotQuestions(tx, consortiumId, "TRAINEE", input.wave);
  const tally = emptyTally();
  for (const trainee of recipients) {
    const reason = reasonToSkip(trainee, input.wave);
    if (reason) tally[reason] += 1;
    else if (await sendTraineeSurvey(tx, actor.consortium, cohort, trainee, input.wave, questions, now)) tally.sent += 1;
    else tally.alreadySent += 1;
  }
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "survey.sent",
    targetType: "Cohort",
    targetId: cohort.id,
    data: { wave: input.wave, traineeId: input.traineeId ?? null, sent: tally.sent },
  });
  return tally;
}

/** The coordinator sends the cohort's member employers their survey now; those without a contact are named. */
export async function sendEmployerSurveysByHand(
  tx: Tx,
  actor: SurveyActor,
  input: z.output<typeof sendEmployerSurveysSchema>,
  now = new Date(),
): Promise<SendTally> {
  const consortiumId = actor.consortium.id;
  const cohort = await dueCohort(tx, consortiumId, input.cohortId, "END", now);
  const questions = await snapshotQuestions(tx, consortiumId, "EMPLOYER", "END");
  const tally = emptyTally();
  for (const employer of await hostEmployers(tx, consortiumId, cohort.id)) {
    if (!employer.memberships.length) tally.noContact.push(employer.name);
    else if (await sendEmployerSurvey(tx, actor.consortium, cohort, employer, questions, now)) tally.sent += 1;
    else tally.alreadySent += 1;
  }
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "survey.employers.sent",
    targetType: "Cohort",
    targetId: cohort.id,
    data: { sent: tally.sent, noContact: tally.noContact.length },
  });
  return tally;
}
