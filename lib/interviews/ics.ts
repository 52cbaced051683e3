import { calendarAttachment, writeCalendar, type CalendarPerson } from "../calendar/ics";

// The calendar invitation for one booked interview, sent as METHOD:REQUEST (RFC 5546) so mail
// clients offer "add to calendar". The VEVENT itself is written by lib/calendar/ics.ts.

export interface InterviewEvent {
  /** Stable per application: a moved booking updates the same calendar entry instead of adding one. */
  uid: string;
  /** When this version was made; also orders versions (SEQUENCE) so the latest move wins. */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location?: string | null;
  url?: string | null;
  organizer: CalendarPerson;
  attendee: CalendarPerson;
}

/**
 * Seconds since 2020: grows with every new version and fits iCalendar's 32-bit INTEGER until 2088.
 * A booking keeps no version counter of its own, so the time of the move is the version.
 */
function sequenceOf(stamp: Date): number {
  return Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2020, 0, 1)) / 1000));
}

/** REQUEST adds or updates the entry; CANCEL (with STATUS:CANCELLED) takes it out of the calendar. */
export function interviewIcs(event: InterviewEvent, method: "REQUEST" | "CANCEL" = "REQUEST"): string {
  const status = method === "CANCEL" ? "CANCELLED" : "CONFIRMED";
  return writeCalendar({ product: "Interview day", method, events: [{ ...event, status, sequence: sequenceOf(event.stamp) }] });
}

/** The outbox attachment: base64 of the UTF-8 text. */
export function icsAttachment(event: InterviewEvent, method: "REQUEST" | "CANCEL" = "REQUEST") {
  return calendarAttachment("interview.ics", method, interviewIcs(event, method));
}

/** The calendar entry of one application's booking: one UID per application, whatever is sent. */
export function interviewUid(applicationId: string): string {
  return `interview-${applicationId}@kohort`;
}
