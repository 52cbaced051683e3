"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { makeOfferSchema, respondToOfferSchema, withdrawOfferSchema } from "./schemas";
import { makeOffer, respondToOffer, type OfferActor } from "./service";
import { withdrawOffer } from "./withdraw";

const actorOf = (ctx: TenantActionContext): OfferActor => ({ consortium: ctx.consortium, userId: ctx.user.id });

export const makeOfferAction = tenantAction({ permission: "offer.manage", schema: makeOfferSchema }, async (input, ctx) =>
  makeOffer(ctx.tx, actorOf(ctx), input),
);

export const withdrawOfferAction = tenantAction({ permission: "offer.manage", schema: withdrawOfferSchema }, async ({ offerId }, ctx) =>
  withdrawOffer(ctx.tx, actorOf(ctx), offerId),
);

export const respondToOfferAction = tenantAction({ permission: "offer.respond", schema: respondToOfferSchema }, async ({ offerId, accept }, ctx) =>
  respondToOffer(ctx.tx, actorOf(ctx), offerId, accept),
);
