import { calendarOrganizer } from "../calendar/organizer";
import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { icsAttachment, interviewUid } from "./ics";
import { placeOf, type InterviewConsortium, type SlotDetails } from "./notify";

export interface BookedCandidate {
  applicationId: string;
  firstName: string;
  lastName: string;
  email: string;
}

/**
 * The .ics of a booked interview for its mail (booking, reminder: REQUEST; rejection or
 * withdrawal: CANCEL), in the recipient's language. The UID is the application's, so each one
 * updates or removes the same calendar entry, the latest stamp winning.
 */
export function bookingCalendar(
  consortium: InterviewConsortium,
  candidate: BookedCandidate,
  slot: SlotDetails & { interviewers: string[] },
  stamp: Date,
  method: "REQUEST" | "CANCEL" = "REQUEST",
) {
  return (lang: AppLocale, url: string) => {
    const t = translatorFor(lang, "email");
    const values = { consortium: consortium.name, interviewers: slot.interviewers.join(", ") || "–", url };
    return [
      icsAttachment(
        {
          uid: interviewUid(candidate.applicationId),
          stamp,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          summary: t("applicant.interviewBooked.calendarTitle", values),
          description: t("applicant.interviewBooked.calendarNote", values),
          location: placeOf(slot) || null,
          url: slot.meetingUrl ?? url,
          organizer: calendarOrganizer(consortium.name),
          attendee: { name: `${candidate.firstName} ${candidate.lastName}`, email: candidate.email },
        },
        method,
      ),
    ];
  };
}
