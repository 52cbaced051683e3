"use server";

import type { TenantActionContext } from "../server/action";
import { tenantAction } from "../server/action";
import type { ApplicantActor } from "../applications/service";
import { listActorOf } from "./actor";
import { answerRefusal } from "./answer";
import { decideExemption } from "./exemptions";
import { publishLists } from "./publish";
import { decideExemptionSchema, exemptionRefSchema, listPostingSchema } from "./schemas";

const applicantOf = (ctx: TenantActionContext): ApplicantActor => ({ consortium: ctx.consortium, userId: ctx.user.id, email: ctx.user.email });

/** Grants or refuses a request to be left off a public list: the coordinator, or the posting's own contact. */
export const decideExemptionAction = tenantAction({ permission: "applicantList.manage", schema: decideExemptionSchema }, async (input, ctx) => {
  const { status } = await decideExemption(ctx.tx, listActorOf(ctx), input);
  return { status };
});

export const publishListsAction = tenantAction({ permission: "applicantList.manage", schema: listPostingSchema }, async ({ postingId }, ctx) =>
  publishLists(ctx.tx, listActorOf(ctx), postingId),
);

/** After a refusal: withdraw from that posting before the list is published … */
export const withdrawFromPostingAction = tenantAction({ permission: "application.apply", schema: exemptionRefSchema }, async ({ exemptionId }, ctx) =>
  answerRefusal(ctx.tx, applicantOf(ctx), exemptionId, "WITHDREW"),
);

/** … or stay on it, so the list need not wait for the date. */
export const keepOnListAction = tenantAction({ permission: "application.apply", schema: exemptionRefSchema }, async ({ exemptionId }, ctx) =>
  answerRefusal(ctx.tx, applicantOf(ctx), exemptionId, "KEPT"),
);
