"use server";

import { tenantAction } from "../server/action";
import { postingIdSchema, postingSchema, returnPostingSchema, updatePostingSchema } from "./schemas";
import {
  approvePosting,
  editPublishedPosting,
  closePosting,
  createPosting,
  returnPosting,
  submitPosting,
  updatePosting,
} from "./service";
import { postingActorOf as actorOf } from "./actor";

export const createPostingAction = tenantAction({ permission: "posting.create", schema: postingSchema }, async (input, ctx) => {
  const posting = await createPosting(ctx.tx, actorOf(ctx), input);
  return { id: posting.id };
});

export const updatePostingAction = tenantAction({ permission: "posting.create", schema: updatePostingSchema }, async (input, ctx) => {
  await updatePosting(ctx.tx, actorOf(ctx), input);
  return { id: input.id };
});

/** Changes an approved or published posting: coordinators only, since it skips the approval step. */
export const editPublishedPostingAction = tenantAction({ permission: "posting.approve", schema: updatePostingSchema }, async (input, ctx) => {
  await editPublishedPosting(ctx.tx, actorOf(ctx), input);
  return { id: input.id };
});

export const submitPostingAction = tenantAction({ permission: "posting.create", schema: postingIdSchema }, async ({ id }, ctx) =>
  submitPosting(ctx.tx, actorOf(ctx), id),
);

export const approvePostingAction = tenantAction({ permission: "posting.approve", schema: postingIdSchema }, async ({ id }, ctx) => ({
  status: await approvePosting(ctx.tx, actorOf(ctx), id),
}));

export const returnPostingAction = tenantAction({ permission: "posting.approve", schema: returnPostingSchema }, async ({ id, comment }, ctx) =>
  returnPosting(ctx.tx, actorOf(ctx), id, comment),
);

export const closePostingAction = tenantAction({ permission: "posting.approve", schema: postingIdSchema }, async ({ id }, ctx) =>
  closePosting(ctx.tx, actorOf(ctx), id),
);
