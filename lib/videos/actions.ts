"use server";

import type { ApplicantActor } from "../applications/service";
import type { TenantActionContext } from "../server/action";
import { tenantAction } from "../server/action";
import { deleteFiles } from "../storage";
import { startVideoUploadSchema, videoChunkSchema, videoUploadRefSchema } from "./schemas";
import { finishVideoUpload, receiveVideoChunk, startVideoUpload } from "./upload";

// The recorded take's way up (docs/decisions/0047-recorded-video.md): start, one call per chunk,
// finish. Only the applicant themself, in their own consortium, for their own upload.

const actorOf = (ctx: TenantActionContext): ApplicantActor => ({ consortium: ctx.consortium, userId: ctx.user.id, email: ctx.user.email });

export const startVideoUploadAction = tenantAction({ permission: "application.apply", schema: startVideoUploadSchema }, async (input, ctx) => {
  const { status, obsolete } = await startVideoUpload(ctx.tx, actorOf(ctx), input);
  ctx.afterCommit(() => deleteFiles(obsolete));
  return status;
});

export const uploadVideoChunkAction = tenantAction({ permission: "application.apply", schema: videoChunkSchema }, async ({ uploadId, index, chunk }, ctx) =>
  receiveVideoChunk(ctx.tx, actorOf(ctx), { uploadId, index, chunk: new Uint8Array(await chunk.arrayBuffer()) }),
);

export const finishVideoUploadAction = tenantAction({ permission: "application.apply", schema: videoUploadRefSchema }, async ({ uploadId }, ctx) => {
  const { video, obsolete } = await finishVideoUpload(ctx.tx, actorOf(ctx), uploadId);
  ctx.afterCommit(() => deleteFiles(obsolete));
  return video;
});
