import { recordAudit, recordAuditEach } from "../audit/record";
import { getCampaign } from "../campaigns/service";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { zonedToUtc } from "../i18n/zoned-time";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { localesOf, mailInterview, type InterviewConsortium } from "./notify";
import { INVITABLE_STAGES, MAX_SERIES, seriesTimes, type createSlotSchema, type createSlotSeriesSchema, type inviteSchema } from "./schemas";

export interface InterviewActor {
  consortium: InterviewConsortium;
  userId: string;
}

/** A booking holds its place until the candidate withdraws or is rejected. */
export const HOLDS_PLACE = { stage: { notIn: ["WITHDRAWN", "REJECTED"] } } satisfies Prisma.ApplicationWhereInput;

export const SLOT_FIELDS = {
  id: true,
  startsAt: true,
  endsAt: true,
  location: true,
  meetingUrl: true,
  interviewers: true,
  capacity: true,
} satisfies Prisma.InterviewSlotSelect;

/**
 * Locks the slot's row for the rest of the transaction, so that bookings of one slot (and its
 * deletion) run one after another and each counts the places the one before left.
 */
export async function lockSlot(tx: Tx, consortiumId: string, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "InterviewSlot" WHERE id = ${id} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  if (!locked.length) throw new AppError("notFound");
  return tx.interviewSlot.findFirstOrThrow({ where: { id, consortiumId }, select: { ...SLOT_FIELDS, campaignId: true } });
}

export function placesTaken(tx: Tx, consortiumId: string, slotId: string) {
  return tx.application.count({ where: { consortiumId, interviewSlotId: slotId, ...HOLDS_PLACE } });
}

/** A campaign's slots with who booked them, and the candidates who can be invited. */
export async function getInterviewBoard(tx: Tx, consortiumId: string, campaignId: string) {
  const [slots, candidates] = await Promise.all([
    tx.interviewSlot.findMany({
      where: { consortiumId, campaignId },
      select: { ...SLOT_FIELDS, applications: { where: HOLDS_PLACE, select: { id: true, applicant: { select: { firstName: true, lastName: true } } } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
    tx.application.findMany({
      where: { consortiumId, campaignId, stage: { in: [...INVITABLE_STAGES] } },
      select: {
        id: true,
        stage: true,
        interviewInvitedAt: true,
        interviewSlot: { select: { startsAt: true, endsAt: true } },
        applicant: { select: { firstName: true, lastName: true } },
      },
      orderBy: [{ applicant: { lastName: "asc" } }, { applicant: { firstName: "asc" } }, { id: "asc" }],
    }),
  ]);
  return { slots, candidates };
}

export async function createSlot(tx: Tx, actor: InterviewActor, input: z.output<typeof createSlotSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const campaign = await getCampaign(tx, consortiumId, input.campaignId);
  const startsAt = zonedToUtc(`${input.date}T${input.startTime}`, actor.consortium.timeZone);
  const endsAt = zonedToUtc(`${input.date}T${input.endTime}`, actor.consortium.timeZone);
  // Interviews come after applications open: during the campaign or once it has closed.
  if (startsAt < campaign.opensAt) throw new AppError("validation", { date: "validation.slotBeforeCampaign" });
  if (startsAt <= now) throw new AppError("validation", { date: "validation.slotInPast" });
  // Wall-clock order can still collapse on the night clocks go back.
  if (endsAt <= startsAt) throw new AppError("validation", { endTime: "validation.endBeforeStart" });
  const slot = await tx.interviewSlot.create({
    data: {
      consortiumId,
      campaignId: campaign.id,
      startsAt,
      endsAt,
      location: input.location ?? null,
      meetingUrl: input.meetingUrl ?? null,
      interviewers: input.interviewers,
      capacity: input.capacity,
    },
  });
  await audit(tx, actor, "interview.slot.create", "InterviewSlot", slot.id);
  return slot;
}

/**
 * An interview day's slots in one step, all or none: the first slot that cannot be (in the past,
 * before the campaign) refuses the whole series.
 */
export async function createSlotSeries(tx: Tx, actor: InterviewActor, input: z.output<typeof createSlotSeriesSchema>, now = new Date()) {
  const times = seriesTimes(input.startTime, input.endTime, input.length, input.gap);
  if (times.length === 0) throw new AppError("validation", { length: "validation.seriesEmpty" });
  if (times.length > MAX_SERIES) throw new AppError("validation", { length: "validation.seriesTooLong" });
  const { length: _length, gap: _gap, ...slot } = input;
  const ids: string[] = [];
  for (const [startTime, endTime] of times) ids.push((await createSlot(tx, actor, { ...slot, startTime, endTime }, now)).id);
  return { created: ids.length };
}

/** Deletes a slot nobody holds a place in; one that is booked has to stay (candidates rely on it). */
export async function deleteSlot(tx: Tx, actor: InterviewActor, id: string) {
  const consortiumId = actor.consortium.id;
  await lockSlot(tx, consortiumId, id);
  if ((await placesTaken(tx, consortiumId, id)) > 0) throw new AppError("slotBooked");
  await tx.interviewSlot.deleteMany({ where: { id, consortiumId } });
  await audit(tx, actor, "interview.slot.delete", "InterviewSlot", id);
}

/**
 * Invites shortlisted candidates of one campaign to pick a slot: moves them to INTERVIEW, records
 * each, and mails each in their language. Inviting again (already INTERVIEW) sends a new email.
 * Every id must be such an application of this campaign; otherwise nothing happens.
 */
export async function inviteToInterview(tx: Tx, actor: InterviewActor, input: z.output<typeof inviteSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const campaign = await getCampaign(tx, consortiumId, input.campaignId);
  const ids = [...new Set(input.applicationIds)];
  const applications = await tx.application.findMany({
    where: { id: { in: ids }, consortiumId, campaignId: campaign.id },
    select: { id: true, stage: true, applicant: { select: { firstName: true, email: true, userId: true } } },
  });
  if (applications.length !== ids.length) throw new AppError("notFound");
  if (applications.some((a) => !(INVITABLE_STAGES as readonly string[]).includes(a.stage))) throw new AppError("notShortlisted");
  await tx.application.updateMany({ where: { id: { in: ids }, consortiumId, stage: "SHORTLISTED" }, data: { stage: "INTERVIEW", stageChangedAt: now } });
  const { count } = await tx.application.updateMany({
    where: { id: { in: ids }, consortiumId, stage: "INTERVIEW" },
    data: { interviewInvitedAt: now },
  });
  if (count !== ids.length) throw new AppError("conflict");
  await recordAuditEach(
    tx,
    { consortiumId, actorUserId: actor.userId, action: "interview.invite", targetType: "Application" },
    applications.map((a) => ({ id: a.id, data: { from: a.stage, to: "INTERVIEW" } })),
  );
  const locales = await localesOf(tx, applications.map((a) => a.applicant.userId));
  for (const { id, applicant } of applications) {
    await mailInterview(tx, actor.consortium, {
      kind: "interviewInvited",
      applicationId: id,
      templates: campaign.emailTemplates,
      to: { email: applicant.email, locale: locales.get(applicant.userId ?? "") ?? null },
      values: { name: applicant.firstName, cohort: campaign.cohort.name },
    });
  }
  return { invited: applications.length };
}

export function audit(tx: Tx, actor: InterviewActor, action: string, targetType: string, targetId: string, data?: Prisma.InputJsonValue) {
  return recordAudit(tx, { consortiumId: actor.consortium.id, actorUserId: actor.userId, action, targetType, targetId, data });
}
