"use server";

import { tenantAction } from "../server/action";
import { retentionSchema } from "./schemas";
import { updateRetention } from "./settings";

export const updateRetentionAction = tenantAction({ permission: "consortium.update", schema: retentionSchema }, async ({ retentionMonths }, ctx) =>
  updateRetention(ctx.tx, { consortiumId: ctx.consortium.id, userId: ctx.user.id }, retentionMonths),
);
