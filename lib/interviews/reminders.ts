import { systemDb } from "../db/client";
import { bookingCalendar } from "./calendar-mail";
import { localesOf, mailInterview } from "./notify";

/** "The day before": a reminder goes once the booked slot starts within this window. */
export const REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds every candidate whose booked interview starts within the next 24 hours (and has not
 * started) once. Runs across consortia as the owner (or for one, when `consortiumId` is given).
 * Each reminder is claimed by a conditional update in the same transaction as its outbox row, so
 * several instances at once, or a crash between two, never send one twice or lose one.
 */
export async function sendInterviewReminders(options: { now?: Date; consortiumId?: string } = {}) {
  const now = options.now ?? new Date();
  const db = systemDb();
  const due = await db.application.findMany({
    where: {
      ...(options.consortiumId ? { consortiumId: options.consortiumId } : {}),
      stage: "INTERVIEW",
      interviewReminderSentAt: null,
      interviewSlot: { startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_WINDOW_MS) } },
    },
    select: {
      id: true,
      interviewSlotId: true,
      consortium: { select: { id: true, slug: true, name: true, defaultLocale: true, timeZone: true } },
      campaign: { select: { emailTemplates: true, cohort: { select: { name: true } } } },
      applicant: { select: { firstName: true, lastName: true, email: true, userId: true } },
      interviewSlot: { select: { startsAt: true, endsAt: true, location: true, meetingUrl: true, interviewers: true } },
    },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const application of due) {
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.application.updateMany({
        where: { id: application.id, stage: "INTERVIEW", interviewReminderSentAt: null, interviewSlotId: application.interviewSlotId },
        data: { interviewReminderSentAt: now },
      });
      if (!count) return false;
      const { applicant } = application;
      const locales = await localesOf(tx, [applicant.userId]);
      const slot = application.interviewSlot!;
      await mailInterview(tx, application.consortium, {
        kind: "interviewReminder",
        applicationId: application.id,
        templates: application.campaign.emailTemplates,
        to: { email: applicant.email, locale: locales.get(applicant.userId ?? "") ?? null },
        values: { name: applicant.firstName, cohort: application.campaign.cohort.name },
        slot,
        // The reminder carries the entry again, so a calendar that missed the booking still gets it.
        attachments: bookingCalendar(application.consortium, { applicationId: application.id, ...applicant }, slot, now),
      });
      return true;
    });
    if (claimed) sent++;
  }
  return { sent };
}
