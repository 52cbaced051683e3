"use server";

import { tenantAction } from "../server/action";
import { sendBulkEmail } from "./bulk-email";
import { moveStageSchema, sendBulkEmailSchema } from "./schemas";
import { moveApplications } from "./service";

export const moveApplicationsAction = tenantAction({ permission: "application.move", schema: moveStageSchema }, async (input, ctx) =>
  moveApplications(ctx.tx, { consortiumId: ctx.consortium.id, userId: ctx.user.id }, input.applicationIds, input.stage),
);

export const sendBulkEmailAction = tenantAction({ permission: "application.move", schema: sendBulkEmailSchema }, async (input, ctx) =>
  sendBulkEmail(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }, input.applicationIds, input.kind),
);
