"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import type { PlacementActor } from "../placements/service";
import { removeBuddy, removeMentor, setBuddy, setMentor } from "./mentors";
import { recordOutcome, setTraineeStatus } from "./outcome";
import { buddySchema, mentorSchema, outcomeSchema, traineeRefSchema, traineeStatusSchema } from "./schemas";

const actorOf = (ctx: TenantActionContext): PlacementActor => ({
  consortiumId: ctx.consortium.id,
  userId: ctx.user.id,
  timeZone: ctx.consortium.timeZone,
});

export const setMentorAction = tenantAction({ permission: "cohort.manage", schema: mentorSchema }, async (input, ctx) =>
  setMentor(ctx.tx, actorOf(ctx), input),
);

export const removeMentorAction = tenantAction({ permission: "cohort.manage", schema: traineeRefSchema }, async ({ traineeId }, ctx) =>
  removeMentor(ctx.tx, actorOf(ctx), traineeId),
);

export const setBuddyAction = tenantAction({ permission: "cohort.manage", schema: buddySchema }, async (input, ctx) =>
  setBuddy(ctx.tx, actorOf(ctx), input),
);

export const removeBuddyAction = tenantAction({ permission: "cohort.manage", schema: traineeRefSchema }, async ({ traineeId }, ctx) =>
  removeBuddy(ctx.tx, actorOf(ctx), traineeId),
);

export const setTraineeStatusAction = tenantAction({ permission: "cohort.manage", schema: traineeStatusSchema }, async (input, ctx) =>
  setTraineeStatus(ctx.tx, actorOf(ctx), input),
);

export const recordOutcomeAction = tenantAction({ permission: "cohort.manage", schema: outcomeSchema }, async (input, ctx) =>
  recordOutcome(ctx.tx, actorOf(ctx), input),
);
