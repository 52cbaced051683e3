import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { bookingCalendar } from "./calendar-mail";
import { localesOf, mailInterview } from "./notify";
import { REMINDER_WINDOW_MS } from "./reminders";
import type { bookSlotSchema } from "./schemas";
import { audit, HOLDS_PLACE, lockSlot, placesTaken, SLOT_FIELDS, type InterviewActor } from "./service";

/** The applicant's interview page: their invitation, their booked slot and the slots still free. */
export async function getMyInterview(tx: Tx, consortiumId: string, userId: string, now = new Date()) {
  const application = await tx.application.findFirst({
    where: { consortiumId, applicant: { userId }, stage: "INTERVIEW" },
    select: {
      id: true,
      campaignId: true,
      interviewInvitedAt: true,
      campaign: { select: { cohort: { select: { name: true } } } },
      interviewSlot: { select: SLOT_FIELDS },
    },
    orderBy: { stageChangedAt: "desc" },
  });
  if (!application) return null;
  const slots = await tx.interviewSlot.findMany({
    where: { consortiumId, campaignId: application.campaignId, startsAt: { gt: now }, id: { not: application.interviewSlot?.id } },
    select: { ...SLOT_FIELDS, _count: { select: { applications: { where: HOLDS_PLACE } } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const free = slots
    .map(({ _count, ...slot }) => ({ ...slot, free: slot.capacity - _count.applications }))
    .filter((slot) => slot.free > 0);
  return { application, free };
}

/**
 * Books (or moves) the applicant's own invited application into a slot. The slot's row is locked
 * first, so two people after the last place are served one at a time and the second finds it
 * full. Confirms by email with a calendar invitation whose UID is the application's, so a move
 * updates the entry already in the calendar.
 */
export async function bookSlot(tx: Tx, actor: InterviewActor, input: z.output<typeof bookSlotSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const application = await tx.application.findFirst({
    where: { id: input.applicationId, consortiumId, applicant: { userId: actor.userId } },
    select: {
      id: true,
      stage: true,
      campaignId: true,
      interviewSlotId: true,
      campaign: { select: { emailTemplates: true, cohort: { select: { name: true } } } },
      applicant: { select: { firstName: true, lastName: true, email: true } },
    },
  });
  if (!application) throw new AppError("notFound");
  if (application.stage !== "INTERVIEW") throw new AppError("notInvited");
  const slot = await lockSlot(tx, consortiumId, input.slotId);
  if (slot.campaignId !== application.campaignId) throw new AppError("notFound");
  if (application.interviewSlotId === slot.id) return { slotId: slot.id };
  if (slot.startsAt <= now) throw new AppError("slotPast");
  if ((await placesTaken(tx, consortiumId, slot.id)) >= slot.capacity) throw new AppError("slotFull");
  // Booked inside the reminder window, the confirmation is the reminder: no second mail a minute later.
  const remindedAt = slot.startsAt.getTime() - now.getTime() <= REMINDER_WINDOW_MS ? now : null;
  const { count } = await tx.application.updateMany({
    where: { id: application.id, consortiumId, stage: "INTERVIEW" },
    data: { interviewSlotId: slot.id, interviewReminderSentAt: remindedAt },
  });
  if (!count) throw new AppError("conflict");
  await audit(tx, actor, "interview.book", "Application", application.id, { slotId: slot.id, from: application.interviewSlotId });

  const { applicant } = application;
  const locales = await localesOf(tx, [actor.userId]);
  await mailInterview(tx, actor.consortium, {
    kind: "interviewBooked",
    applicationId: application.id,
    templates: application.campaign.emailTemplates,
    to: { email: applicant.email, locale: locales.get(actor.userId) ?? null },
    values: { name: applicant.firstName, cohort: application.campaign.cohort.name },
    slot,
    attachments: bookingCalendar(actor.consortium, { applicationId: application.id, ...applicant }, slot, now),
  });
  return { slotId: slot.id };
}
