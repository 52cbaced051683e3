import { calendarAttachment, writeCalendar, type CalendarEvent, type CalendarPerson } from "../calendar/ics";

// A gathering as a calendar entry: in the invitation mail (REQUEST), its update (REQUEST with a
// higher SEQUENCE), its cancellation (CANCEL), the trainee's feed and a single download.

export interface GatheringForCalendar {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  agenda: string | null;
  /** Raised by each change of time or place after invitations went out (Gathering.sequence). */
  sequence: number;
}

/** One UID per gathering, whatever is sent or downloaded: every copy is the same entry. */
export function gatheringUid(id: string): string {
  return `gathering-${id}@kohort`;
}

export function gatheringEvent(
  gathering: GatheringForCalendar,
  options: { stamp: Date; organizer?: CalendarPerson; attendee?: CalendarPerson; cancelled?: boolean },
): CalendarEvent {
  return {
    uid: gatheringUid(gathering.id),
    sequence: gathering.sequence,
    stamp: options.stamp,
    startsAt: gathering.startsAt,
    endsAt: gathering.endsAt,
    summary: gathering.title,
    description: gathering.agenda,
    location: gathering.place,
    organizer: options.organizer,
    attendee: options.attendee,
    status: options.cancelled ? "CANCELLED" : "CONFIRMED",
  };
}

/** The .ics a trainee gets by email: an invitation or update (REQUEST), or a cancellation. */
export function gatheringMailAttachment(
  gathering: GatheringForCalendar,
  options: { stamp: Date; organizer: CalendarPerson; attendee: CalendarPerson; cancelled?: boolean },
) {
  const method = options.cancelled ? "CANCEL" : "REQUEST";
  const text = writeCalendar({ product: "Gatherings", method, events: [gatheringEvent(gathering, options)] });
  return calendarAttachment("gathering.ics", method, text);
}

/**
 * A calendar to subscribe to or import: no METHOD, so apps treat it as published data rather than
 * an invitation waiting for an answer. DTSTAMP is each gathering's last change.
 */
export function gatheringsCalendar(name: string, gatherings: (GatheringForCalendar & { updatedAt: Date })[]): string {
  return writeCalendar({
    product: "Gatherings",
    name,
    events: gatherings.map((g) => gatheringEvent(g, { stamp: g.updatedAt })),
  });
}
