"use server";

import { tenantAction } from "../server/action";
import { reviewerOf } from "./reviewer";
import { rateSchema } from "./schemas";
import { rateApplication } from "./service";

export const rateApplicationAction = tenantAction({ permission: "application.rate", schema: rateSchema }, async (input, ctx) =>
  rateApplication(ctx.tx, reviewerOf(ctx), input),
);
