"use server";

import { tenantAction } from "../server/action";
import { moveStageSchema } from "./schemas";
import { moveApplications } from "./service";

export const moveApplicationsAction = tenantAction({ permission: "application.move", schema: moveStageSchema }, async (input, ctx) =>
  moveApplications(ctx.tx, { consortiumId: ctx.consortium.id, userId: ctx.user.id }, input.applicationIds, input.stage),
);
