import { recordAudit } from "../audit/record";
import { invalidateCareerData } from "../careers/cache";
import type { CampaignStatus } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { zonedToUtc } from "../i18n/zoned-time";
import { AppError, isUniqueViolation } from "../server/errors";
import type { z } from "../validation";
import type { campaignSchema, updateCampaignSchema } from "./schemas";

interface Actor {
  consortiumId: string;
  userId: string;
  timeZone: string;
}

/** Draft before it opens, open inside its window, closed after the deadline. */
export function campaignStatusAt(window: { opensAt: Date; closesAt: Date }, now = new Date()): CampaignStatus {
  if (now < window.opensAt) return "DRAFT";
  return now < window.closesAt ? "OPEN" : "CLOSED";
}

function windowOf(input: { opensAt: string; closesAt: string }, timeZone: string) {
  return { opensAt: zonedToUtc(input.opensAt, timeZone), closesAt: zonedToUtc(input.closesAt, timeZone) };
}

export function listCampaigns(tx: Tx, consortiumId: string) {
  return tx.campaign.findMany({
    where: { consortiumId },
    select: {
      id: true,
      opensAt: true,
      closesAt: true,
      status: true,
      cohort: { select: { name: true, startDate: true, imported: true } },
      _count: { select: { postings: true, applications: { where: { stage: { not: "DRAFT" } } } } },
    },
    orderBy: { opensAt: "desc" },
  });
}

export async function getCampaign(tx: Tx, consortiumId: string, id: string) {
  const campaign = await tx.campaign.findFirst({ where: { id, consortiumId }, include: { cohort: { select: { name: true, imported: true } } } });
  if (!campaign) throw new AppError("notFound");
  return campaign;
}

export async function createCampaign(tx: Tx, actor: Actor, input: z.output<typeof campaignSchema>) {
  const window = windowOf(input, actor.timeZone);
  let cohortId: string;
  try {
    const cohort = await tx.cohort.create({
      data: {
        consortiumId: actor.consortiumId,
        name: input.cohortName,
        startDate: new Date(`${input.cohortStart}T00:00:00Z`),
        endDate: new Date(`${input.cohortEnd}T00:00:00Z`),
        programmeMonths: input.programmeMonths,
        status: "RECRUITING",
      },
    });
    cohortId = cohort.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", { cohortName: "validation.cohortNameTaken" });
    throw error;
  }
  const campaign = await tx.campaign.create({
    data: {
      consortiumId: actor.consortiumId,
      cohortId,
      ...window,
      status: campaignStatusAt(window),
      maxPreferences: input.maxPreferences,
      talentPoolMonths: input.talentPoolMonths,
      consentText: { sv: input.consentSv, nb: input.consentNb, en: input.consentEn },
    },
  });
  await recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action: "campaign.create", targetType: "Campaign", targetId: campaign.id });
  return campaign;
}

/** Changes the window and rules of a campaign that has not closed yet. */
export async function updateCampaign(tx: Tx, actor: Actor, input: z.output<typeof updateCampaignSchema>) {
  const current = await getCampaign(tx, actor.consortiumId, input.id);
  if (current.status === "CLOSED") throw new AppError("campaignClosed");
  const window = windowOf(input, actor.timeZone);
  await tx.campaign.update({
    where: { id: current.id, consortiumId: actor.consortiumId },
    data: {
      ...window,
      status: campaignStatusAt(window),
      maxPreferences: input.maxPreferences,
      talentPoolMonths: input.talentPoolMonths,
      consentText: { sv: input.consentSv, nb: input.consentNb, en: input.consentEn },
    },
  });
  await recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action: "campaign.update", targetType: "Campaign", targetId: current.id });
  // The deadline is on the public career pages.
  invalidateCareerData(actor.consortiumId);
}
