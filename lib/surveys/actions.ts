"use server";

import { publicAction, tenantAction, type TenantActionContext } from "../server/action";
import { createQuestion, moveQuestion, setArchived, updateMunicipalities, updateQuestion, type BankActor } from "./bank";
import { setAlumniConsent } from "./consent";
import { sendEmployerSurveysByHand, sendWaveByHand, type SurveyActor } from "./manual";
import { submitSurvey } from "./respond";
import {
  alumniConsentSchema,
  createQuestionSchema,
  moveQuestionSchema,
  municipalitiesSchema,
  questionIdSchema,
  sendEmployerSurveysSchema,
  sendSurveysSchema,
  submitSurveySchema,
  updateQuestionSchema,
} from "./schemas";

const bankActor = (ctx: TenantActionContext): BankActor => ({ consortiumId: ctx.consortium.id, userId: ctx.user.id });
const surveyActor = (ctx: TenantActionContext): SurveyActor => ({ consortium: ctx.consortium, userId: ctx.user.id });

export const createQuestionAction = tenantAction({ permission: "survey.manage", schema: createQuestionSchema }, async (input, ctx) =>
  createQuestion(ctx.tx, bankActor(ctx), input),
);

export const updateQuestionAction = tenantAction({ permission: "survey.manage", schema: updateQuestionSchema }, async (input, ctx) =>
  updateQuestion(ctx.tx, bankActor(ctx), input),
);

export const archiveQuestionAction = tenantAction({ permission: "survey.manage", schema: questionIdSchema }, async ({ id }, ctx) =>
  setArchived(ctx.tx, bankActor(ctx), id, true),
);

export const restoreQuestionAction = tenantAction({ permission: "survey.manage", schema: questionIdSchema }, async ({ id }, ctx) =>
  setArchived(ctx.tx, bankActor(ctx), id, false),
);

export const moveQuestionAction = tenantAction({ permission: "survey.manage", schema: moveQuestionSchema }, async ({ id, direction }, ctx) =>
  moveQuestion(ctx.tx, bankActor(ctx), id, direction),
);

export const sendSurveysAction = tenantAction({ permission: "survey.manage", schema: sendSurveysSchema }, async (input, ctx) =>
  sendWaveByHand(ctx.tx, surveyActor(ctx), input),
);

export const sendEmployerSurveysAction = tenantAction({ permission: "survey.manage", schema: sendEmployerSurveysSchema }, async (input, ctx) =>
  sendEmployerSurveysByHand(ctx.tx, surveyActor(ctx), input),
);

export const setAlumniConsentAction = tenantAction({ permission: "trainee.self", schema: alumniConsentSchema }, async ({ consent }, ctx) =>
  setAlumniConsent(ctx.tx, bankActor(ctx), consent),
);

export const updateMunicipalitiesAction = tenantAction({ permission: "consortium.update", schema: municipalitiesSchema }, async ({ municipalities }, ctx) =>
  updateMunicipalities(ctx.tx, bankActor(ctx), municipalities),
);

/** Answers by personal link, signed out: 20 submits per address in ten minutes is plenty for a form. */
export const submitSurveyAction = publicAction(
  { schema: submitSurveySchema, rateLimit: { bucket: "survey-submit", limit: 20, windowMs: 10 * 60 * 1000 } },
  async (input) => submitSurvey(input),
);
