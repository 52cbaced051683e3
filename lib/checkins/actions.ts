"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { checkInScheduleSchema, recordCheckInSchema } from "./schemas";
import { recordCheckIn, updateCheckInSchedule, type CheckInActor } from "./service";

const actorOf = (ctx: TenantActionContext): CheckInActor => ({ consortium: ctx.consortium, userId: ctx.user.id });

export const updateCheckInScheduleAction = tenantAction({ permission: "checkin.manage", schema: checkInScheduleSchema }, async (input, ctx) =>
  updateCheckInSchedule(ctx.tx, actorOf(ctx), input),
);

export const recordCheckInAction = tenantAction({ permission: "checkin.manage", schema: recordCheckInSchema }, async (input, ctx) =>
  recordCheckIn(ctx.tx, actorOf(ctx), input),
);
