"use server";

import { tenantAction } from "../server/action";
import { prepareBulkEmail, previewBulkEmail, sendBulkEmail } from "./bulk-email";
import { moveStageSchema, prepareMailSchema, sendBulkEmailSchema } from "./schemas";
import { moveApplications } from "./service";

export const moveApplicationsAction = tenantAction({ permission: "application.move", schema: moveStageSchema }, async ({ stage, ...selection }, ctx) => {
  const { moved, skipped } = await moveApplications(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }, selection, stage);
  return { moved, skipped };
});

/** Opens the composer: recipients counted by language and the wording to start from. Changes nothing. */
export const prepareBulkEmailAction = tenantAction({ permission: "application.move", schema: prepareMailSchema }, async ({ kind, ...selection }, ctx) =>
  prepareBulkEmail(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }, selection, kind),
);

/** One recipient's mail as it would be sent. Changes nothing. */
export const previewBulkEmailAction = tenantAction({ permission: "application.move", schema: sendBulkEmailSchema }, async (input, ctx) =>
  previewBulkEmail(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }, input),
);

export const sendBulkEmailAction = tenantAction({ permission: "application.move", schema: sendBulkEmailSchema }, async (input, ctx) =>
  sendBulkEmail(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }, input),
);
