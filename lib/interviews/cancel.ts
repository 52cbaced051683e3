import { recordAuditEach } from "../audit/record";
import type { Tx } from "../db/tenant";
import { bookingCalendar } from "./calendar-mail";
import { localesOf, mailInterview, type InterviewConsortium } from "./notify";

/**
 * Cancels the interview bookings of applications that are leaving the interview (rejected or
 * withdrawn), before their stage changes: each booked candidate whose time is still to come gets a
 * mail with a METHOD:CANCEL .ics that takes the entry out of their calendar, and the place is freed.
 * Call it in the transaction of the change itself.
 */
export async function cancelBookings(tx: Tx, consortium: InterviewConsortium, applicationIds: string[], actorUserId: string | null, now = new Date()) {
  if (applicationIds.length === 0) return 0;
  const booked = await tx.application.findMany({
    where: { id: { in: applicationIds }, consortiumId: consortium.id, stage: "INTERVIEW", interviewSlotId: { not: null } },
    select: {
      id: true,
      applicant: { select: { firstName: true, lastName: true, email: true, userId: true } },
      campaign: { select: { emailTemplates: true, cohort: { select: { name: true } } } },
      interviewSlot: { select: { startsAt: true, endsAt: true, location: true, meetingUrl: true, interviewers: true } },
    },
  });
  if (booked.length === 0) return 0;
  await tx.application.updateMany({ where: { id: { in: booked.map((a) => a.id) }, consortiumId: consortium.id }, data: { interviewSlotId: null } });
  const upcoming = booked.filter((a) => a.interviewSlot && a.interviewSlot.startsAt > now);
  const locales = await localesOf(tx, upcoming.map((a) => a.applicant.userId));
  for (const a of upcoming) {
    const slot = a.interviewSlot!;
    await mailInterview(tx, consortium, {
      kind: "interviewCancelled",
      applicationId: a.id,
      templates: a.campaign.emailTemplates,
      to: { email: a.applicant.email, locale: locales.get(a.applicant.userId ?? "") ?? null },
      values: { name: a.applicant.firstName, cohort: a.campaign.cohort.name },
      slot,
      attachments: bookingCalendar(consortium, { applicationId: a.id, ...a.applicant }, slot, now, "CANCEL"),
    });
  }
  await recordAuditEach(
    tx,
    { consortiumId: consortium.id, actorUserId, action: "interview.cancelled", targetType: "Application" },
    booked.map((a) => ({ id: a.id, data: { startsAt: a.interviewSlot?.startsAt.toISOString() ?? null } })),
  );
  return upcoming.length;
}
