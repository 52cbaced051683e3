"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { inviteToGathering, recordAttendance } from "./attendance";
import { createGathering, deleteGathering, updateGathering, type GatheringActor } from "./planning";
import {
  createGatheringSchema,
  gatheringIdSchema,
  inviteToGatheringSchema,
  recordAttendanceSchema,
  updateGatheringSchema,
} from "./schemas";

const actorOf = (ctx: TenantActionContext): GatheringActor => ({ consortium: ctx.consortium, userId: ctx.user.id });

export const createGatheringAction = tenantAction({ permission: "gathering.manage", schema: createGatheringSchema }, async (input, ctx) =>
  createGathering(ctx.tx, actorOf(ctx), input),
);

export const updateGatheringAction = tenantAction({ permission: "gathering.manage", schema: updateGatheringSchema }, async (input, ctx) =>
  updateGathering(ctx.tx, actorOf(ctx), input),
);

export const deleteGatheringAction = tenantAction({ permission: "gathering.manage", schema: gatheringIdSchema }, async ({ id }, ctx) =>
  deleteGathering(ctx.tx, actorOf(ctx), id),
);

export const inviteToGatheringAction = tenantAction({ permission: "gathering.manage", schema: inviteToGatheringSchema }, async (input, ctx) =>
  inviteToGathering(ctx.tx, actorOf(ctx), input),
);

export const recordAttendanceAction = tenantAction({ permission: "gathering.manage", schema: recordAttendanceSchema }, async (input, ctx) =>
  recordAttendance(ctx.tx, actorOf(ctx), input),
);
