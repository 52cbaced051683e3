// An iCalendar (RFC 5545) invitation for one booked interview, written by hand: the format is
// small, and a library would be a dependency for forty lines. Sent as METHOD:REQUEST (RFC 5546)
// so mail clients offer "add to calendar"; RSVP=FALSE because nobody reads replies to it.

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
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

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

/** Seconds since 2020: grows with every new version and fits iCalendar's 32-bit INTEGER until 2088. */
function sequenceOf(stamp: Date): number {
  return Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2020, 0, 1)) / 1000));
}

export function interviewIcs(event: InterviewEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kohort//Interview day//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${sequenceOf(event.stamp)}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    event.location ? `LOCATION:${escapeText(event.location)}` : null,
    // URL is a URI value, not TEXT: commas and semicolons in it stay as they are.
    event.url ? `URL:${event.url}` : null,
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email}`,
    `ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${event.attendee.email}`,
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines
    .filter((l): l is string => l !== null)
    .map(foldLine)
    .join(CRLF)
    .concat(CRLF);
}

/** The outbox attachment: base64 of the UTF-8 text. */
export function icsAttachment(event: InterviewEvent) {
  return {
    filename: "interview.ics",
    contentType: "text/calendar; charset=utf-8; method=REQUEST",
    content: Buffer.from(interviewIcs(event), "utf8").toString("base64"),
  };
}
