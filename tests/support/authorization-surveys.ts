import {
  archiveQuestionAction,
  createQuestionAction,
  moveQuestionAction,
  restoreQuestionAction,
  sendEmployerSurveysAction,
  sendSurveysAction,
  setAlumniConsentAction,
  updateMunicipalitiesAction,
  updateQuestionAction,
} from "@/lib/surveys/actions";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";
import { createEndedCohort, createQuestionIn } from "./surveys";

// The authorization matrix's entries for lib/surveys actions (see authorization.ts).
const label = { sv: "Fråga", nb: "Spørsmål", en: "Question" };

export const SURVEY_MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "createQuestionAction",
    action: createQuestionAction,
    allowed: ["COORDINATOR"],
    input: async () => ({ audience: "TRAINEE", kind: "TEXT", label, required: false, options: [] }),
  },
  {
    name: "updateQuestionAction",
    action: updateQuestionAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ id: await createQuestionIn(own), label, required: true, options: [] }),
    foreignInput: async (_own, other) => ({ id: await createQuestionIn(other), label, required: true, options: [] }),
  },
  {
    name: "archiveQuestionAction",
    action: archiveQuestionAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ id: await createQuestionIn(own) }),
    foreignInput: async (_own, other) => ({ id: await createQuestionIn(other) }),
  },
  {
    name: "restoreQuestionAction",
    action: restoreQuestionAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ id: await createQuestionIn(own) }),
    foreignInput: async (_own, other) => ({ id: await createQuestionIn(other) }),
  },
  {
    name: "moveQuestionAction",
    action: moveQuestionAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ id: await createQuestionIn(own), direction: "up" }),
    foreignInput: async (_own, other) => ({ id: await createQuestionIn(other), direction: "up" }),
  },
  {
    name: "sendSurveysAction",
    action: sendSurveysAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ cohortId: await createEndedCohort(own.id), wave: "END" }),
    foreignInput: async (_own, other) => ({ cohortId: await createEndedCohort(other.id), wave: "END" }),
  },
  {
    name: "sendEmployerSurveysAction",
    action: sendEmployerSurveysAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ cohortId: await createEndedCohort(own.id) }),
    foreignInput: async (_own, other) => ({ cohortId: await createEndedCohort(other.id) }),
  },
  {
    name: "setAlumniConsentAction",
    action: setAlumniConsentAction,
    allowed: ["TRAINEE"],
    input: async () => ({ consent: true }),
  },
  {
    name: "updateMunicipalitiesAction",
    action: updateMunicipalitiesAction,
    allowed: ["COORDINATOR"],
    input: async () => ({ municipalities: "Karlstad\nArvika\nTorsby" }),
  },
];
