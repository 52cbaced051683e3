import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { snapshotQuestions } from "@/lib/surveys/bank";
import { surveyToken } from "@/lib/surveys/notify";
import { SURVEY_CONSORTIUM_FIELDS } from "@/lib/surveys/notify";
import { RECIPIENT_FIELDS, sendTraineeSurvey, SURVEY_COHORT_FIELDS } from "@/lib/surveys/send";
import type { WaveName } from "@/lib/surveys/types";
import { createRunningCohort, createTraineeIn } from "./fixtures";

// Test data for the follow-up surveys: questions, cohorts that have ended, surveys really sent.
const label = (text: string) => ({ sv: `${text} (sv)`, nb: `${text} (nb)`, en: text });

export async function createQuestionIn(
  t: { id: string },
  kind: "CHOICE" | "SCALE" | "TEXT" | "MUNICIPALITY" = "TEXT",
  audience: "TRAINEE" | "EMPLOYER" = "TRAINEE",
) {
  const question = await systemDb().surveyQuestion.create({
    data: {
      consortiumId: t.id,
      audience,
      kind,
      label: label(`Question ${randomUUID().slice(0, 4)}`),
      options: kind === "CHOICE" ? [{ value: "1", label: label("One") }, { value: "2", label: label("Two") }] : [],
      position: 100,
    },
  });
  return question.id;
}

/** A cohort whose year ended `monthsAgo` months ago (twelve months long). */
export function createEndedCohort(consortiumId: string, monthsAgo = 2) {
  return createRunningCohort(consortiumId, `Ended ${randomUUID().slice(0, 6)}`, -12 - monthsAgo);
}

/** A trainee of the cohort (placed at the fixture's employer), without or with alumni consent. */
export async function createAlumnus(t: { id: string; employerId: string }, cohortId: string, consent = true) {
  const id = await createTraineeIn(t, cohortId);
  if (!consent) await systemDb().trainee.update({ where: { id }, data: { alumniConsentAt: null } });
  return id;
}

/** Sends one trainee a wave's survey as the job would, and returns its row id and link token. */
export async function sendSurveyTo(consortiumId: string, traineeId: string, wave: WaveName = "END", now = new Date()) {
  const consortium = await systemDb().consortium.findUniqueOrThrow({ where: { id: consortiumId }, select: SURVEY_CONSORTIUM_FIELDS });
  const trainee = await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId }, select: { ...RECIPIENT_FIELDS, cohort: { select: SURVEY_COHORT_FIELDS } } });
  await withTenant(consortiumId, null, async (tx) => {
    const questions = await snapshotQuestions(tx, consortiumId, "TRAINEE", wave);
    await sendTraineeSurvey(tx, consortium, trainee.cohort, trainee, wave, questions, now);
  });
  const survey = await systemDb().followUp.findUniqueOrThrow({ where: { traineeId_wave: { traineeId, wave } } });
  return { id: survey.id, token: surveyToken("trainee", survey.id), survey };
}
