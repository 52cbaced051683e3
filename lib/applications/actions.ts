"use server";

import type { TenantActionContext } from "../server/action";
import { tenantAction, userAction } from "../server/action";
import { deleteFiles } from "../storage";
import { z } from "../validation";
import { storeCvFile } from "./cv";
import { deleteMyData } from "./account";
import { joinAsApplicant } from "./join";
import { applicationSchema, cvUploadSchema, saveDraftSchema, withdrawSchema } from "./schemas";
import { attachCv, saveDraft, submitApplication, withdrawApplication, type ApplicantActor } from "./service";

const actorOf = (ctx: TenantActionContext): ApplicantActor => ({ consortium: ctx.consortium, userId: ctx.user.id, email: ctx.user.email });

/** A signed-in person becomes an applicant of a consortium whose campaign is open. */
export const joinAsApplicantAction = userAction({ schema: z.object({ slug: z.string().min(1).max(60) }).strict() }, async ({ slug }, user) =>
  joinAsApplicant(user, slug),
);

export const saveDraftAction = tenantAction({ permission: "application.apply", schema: saveDraftSchema }, async ({ campaignId, data }, ctx) =>
  saveDraft(ctx.tx, actorOf(ctx), campaignId, data),
);

export const uploadCvAction = tenantAction({ permission: "application.apply", schema: cvUploadSchema }, async ({ campaignId, file }, ctx) => {
  const cv = await storeCvFile(ctx.consortium.id, file);
  try {
    const { replaced } = await attachCv(ctx.tx, actorOf(ctx), campaignId, cv);
    ctx.afterCommit(() => deleteFiles([replaced]));
  } catch (error) {
    await deleteFiles([cv.key]);
    throw error;
  }
  return { name: cv.name, size: cv.size };
});

export const submitApplicationAction = tenantAction(
  { permission: "application.apply", schema: applicationSchema.extend({ locale: z.enum(["sv", "nb", "en"]).optional() }) },
  async (input, ctx) => {
    const result = await submitApplication(ctx.tx, actorOf(ctx), input);
    ctx.afterCommit(() => deleteFiles([result.replacedCv, ...result.obsoleteVideos]));
    return { id: result.id, firstSubmission: result.firstSubmission };
  },
);

export const withdrawApplicationAction = tenantAction({ permission: "application.apply", schema: withdrawSchema }, async ({ campaignId, eraseVideo }, ctx) => {
  const { stage, files } = await withdrawApplication(ctx.tx, actorOf(ctx), campaignId, new Date(), { eraseVideo });
  ctx.afterCommit(() => deleteFiles(files));
  return { stage };
});

/** The applicant's right to erasure: their data here, and their account when it is theirs alone. */
export const deleteMyDataAction = tenantAction(
  { permission: "application.apply", schema: z.object({ confirm: z.literal(true, { error: "validation.confirmDelete" }) }).strict() },
  async (_input, ctx) => {
    const { files, accountDeleted } = await deleteMyData(ctx.tx, ctx.consortium.id, ctx.user.id);
    ctx.afterCommit(() => deleteFiles(files));
    return { accountDeleted };
  },
);
