// iCalendar (RFC 5545) written by hand: the format is small, and a library would be a dependency
// for a hundred lines. One VEVENT writer serves interview bookings, gathering invitations and the
// trainee's calendar feed; each caller decides its METHOD (RFC 5546) and its UID.

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Stable per thing: a change updates the entry already in the calendar instead of adding one. */
  uid: string;
  /** Orders versions of one UID: a calendar keeps the highest. */
  sequence: number;
  /** When this version was made. */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
  /** CANCELLED with METHOD:CANCEL removes the entry. */
  status?: "CONFIRMED" | "CANCELLED";
}

export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** DATE-TIME in UTC ("form #2"): 20270312T090000Z. */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT values: backslash, semicolon and comma escaped; line breaks become \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n|\r/g, "\\n");
}

/** A parameter value (CN=…): quoted, since names hold commas; DQUOTE itself is not allowed. */
function paramValue(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/[\r\n]+/g, " ")}"`;
}

/**
 * Folds a content line at 75 octets (not characters): continuation lines start with one space,
 * which counts towards their 75. A multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function veventLines(event: CalendarEvent): (string | null)[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    event.description ? `DESCRIPTION:${escapeText(event.description)}` : null,
    event.location ? `LOCATION:${escapeText(event.location)}` : null,
    // URL is a URI value, not TEXT: commas and semicolons in it stay as they are.
    event.url ? `URL:${event.url}` : null,
    event.organizer ? `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email}` : null,
    // RSVP=FALSE: nobody reads replies; the entry simply goes into the calendar.
    event.attendee
      ? `ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${event.attendee.email}`
      : null,
    `STATUS:${event.status ?? "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}

/**
 * A whole VCALENDAR: CRLF line ends, every line folded. A feed (no method) is what calendar apps
 * subscribe to; REQUEST and CANCEL are the invitations and cancellations sent by email.
 */
export function writeCalendar(options: { product: string; method?: CalendarMethod; name?: string; events: CalendarEvent[] }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Kohort//${options.product}//EN`,
    "CALSCALE:GREGORIAN",
    options.method ? `METHOD:${options.method}` : null,
    options.name ? `X-WR-CALNAME:${escapeText(options.name)}` : null,
    ...options.events.flatMap(veventLines),
    "END:VCALENDAR",
  ];
  return lines
    .filter((l): l is string => l !== null)
    .map(foldLine)
    .join(CRLF)
    .concat(CRLF);
}

/** An outbox attachment: base64 of the UTF-8 text, typed with its method as mail clients expect. */
export function calendarAttachment(filename: string, method: CalendarMethod, text: string) {
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(text, "utf8").toString("base64"),
  };
}
