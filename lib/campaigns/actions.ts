"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { finishRecruitment } from "./closing";
import { campaignSchema, criteriaSchema, emailTemplatesSchema, finishRecruitmentSchema, questionsSchema, updateCampaignSchema } from "./schemas";
import { createCampaign, updateCampaign } from "./service";
import { updateCriteria, updateEmailTemplates, updateQuestions } from "./setup";

const actorOf = (ctx: TenantActionContext) => ({
  consortiumId: ctx.consortium.id,
  userId: ctx.user.id,
  timeZone: ctx.consortium.timeZone,
});

export const createCampaignAction = tenantAction({ permission: "campaign.manage", schema: campaignSchema }, async (input, ctx) => {
  const campaign = await createCampaign(ctx.tx, actorOf(ctx), input);
  return { id: campaign.id };
});

export const updateCampaignAction = tenantAction({ permission: "campaign.manage", schema: updateCampaignSchema }, async (input, ctx) => {
  await updateCampaign(ctx.tx, actorOf(ctx), input);
  return { id: input.id };
});

export const finishRecruitmentAction = tenantAction({ permission: "campaign.manage", schema: finishRecruitmentSchema }, async ({ campaignId }, ctx) => {
  const result = await finishRecruitment(ctx.tx, { consortium: ctx.consortium, userId: ctx.user.id }, campaignId);
  return { rejected: result.rejected, emailed: result.emailed };
});

export const updateCriteriaAction = tenantAction({ permission: "campaign.manage", schema: criteriaSchema }, (input, ctx) => updateCriteria(ctx.tx, actorOf(ctx), input));

export const updateQuestionsAction = tenantAction({ permission: "campaign.manage", schema: questionsSchema }, (input, ctx) => updateQuestions(ctx.tx, actorOf(ctx), input));

export const updateEmailTemplatesAction = tenantAction({ permission: "campaign.manage", schema: emailTemplatesSchema }, (input, ctx) =>
  updateEmailTemplates(ctx.tx, actorOf(ctx), input),
);
