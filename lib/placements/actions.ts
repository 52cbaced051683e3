"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { moveTrainee, planRotation } from "./rotation";
import { addPlacementSchema, moveTraineeSchema, planRotationSchema, removePlacementSchema, updatePlacementSchema } from "./schemas";
import { addPlacement, removePlacement, updatePlacement, type PlacementActor } from "./service";

const actorOf = (ctx: TenantActionContext): PlacementActor => ({
  consortiumId: ctx.consortium.id,
  userId: ctx.user.id,
  timeZone: ctx.consortium.timeZone,
});

export const addPlacementAction = tenantAction({ permission: "cohort.manage", schema: addPlacementSchema }, async (input, ctx) =>
  addPlacement(ctx.tx, actorOf(ctx), input),
);

export const updatePlacementAction = tenantAction({ permission: "cohort.manage", schema: updatePlacementSchema }, async (input, ctx) =>
  updatePlacement(ctx.tx, actorOf(ctx), input),
);

export const removePlacementAction = tenantAction({ permission: "cohort.manage", schema: removePlacementSchema }, async ({ placementId }, ctx) =>
  removePlacement(ctx.tx, actorOf(ctx), placementId),
);

export const planRotationAction = tenantAction({ permission: "cohort.manage", schema: planRotationSchema }, async (input, ctx) =>
  planRotation(ctx.tx, actorOf(ctx), input),
);

export const moveTraineeAction = tenantAction({ permission: "cohort.manage", schema: moveTraineeSchema }, async (input, ctx) =>
  moveTrainee(ctx.tx, actorOf(ctx), input),
);
