"use server";

import { tenantAction } from "../server/action";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schemas";
import { createApiToken, revokeApiToken } from "./service";

const actorOf = (ctx: { consortium: { id: string }; user: { id: string } }) => ({ consortiumId: ctx.consortium.id, userId: ctx.user.id });

export const createApiTokenAction = tenantAction({ permission: "apiToken.manage", schema: createApiTokenSchema }, async (input, ctx) =>
  createApiToken(ctx.tx, actorOf(ctx), input),
);

export const revokeApiTokenAction = tenantAction({ permission: "apiToken.manage", schema: revokeApiTokenSchema }, async ({ id }, ctx) =>
  revokeApiToken(ctx.tx, actorOf(ctx), id),
);
