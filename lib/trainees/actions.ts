"use server";

import { tenantAction } from "../server/action";
import { z } from "../validation";
import { renewMyCalendarToken } from "./self";

export const renewCalendarTokenAction = tenantAction({ permission: "trainee.self", schema: z.object({}).strict() }, async (_input, ctx) =>
  renewMyCalendarToken(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }),
);
