"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { bookSlot } from "./booking";
import { bookSlotSchema, createSlotSchema, createSlotSeriesSchema, inviteSchema, slotIdSchema } from "./schemas";
import { createSlot, createSlotSeries, deleteSlot, inviteToInterview, type InterviewActor } from "./service";

const actorOf = (ctx: TenantActionContext): InterviewActor => ({ consortium: ctx.consortium, userId: ctx.user.id });

export const createSlotAction = tenantAction({ permission: "interview.manage", schema: createSlotSchema }, async (input, ctx) => {
  const slot = await createSlot(ctx.tx, actorOf(ctx), input);
  return { id: slot.id };
});

export const createSlotSeriesAction = tenantAction({ permission: "interview.manage", schema: createSlotSeriesSchema }, async (input, ctx) =>
  createSlotSeries(ctx.tx, actorOf(ctx), input),
);

export const deleteSlotAction = tenantAction({ permission: "interview.manage", schema: slotIdSchema }, async ({ id }, ctx) =>
  deleteSlot(ctx.tx, actorOf(ctx), id),
);

export const inviteToInterviewAction = tenantAction({ permission: "interview.manage", schema: inviteSchema }, async (input, ctx) =>
  inviteToInterview(ctx.tx, actorOf(ctx), input),
);

export const bookSlotAction = tenantAction({ permission: "interview.book", schema: bookSlotSchema }, async (input, ctx) =>
  bookSlot(ctx.tx, actorOf(ctx), input),
);
