"use server";

import { publicAction } from "../server/action";
import { submitSurvey } from "./respond";
import { submitSurveySchema } from "./schemas";

/** Answers by personal link, signed out: 20 submits per address in ten minutes is plenty for a form. */
export const submitSurveyAction = publicAction(
  { schema: submitSurveySchema, rateLimit: { bucket: "survey-submit", limit: 20, windowMs: 10 * 60 * 1000 } },
  async (input) => submitSurvey(input),
);
