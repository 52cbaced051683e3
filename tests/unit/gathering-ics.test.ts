import { describe, expect, it } from "vitest";
import { gatheringEvent, gatheringMailAttachment, gatheringsCalendar, gatheringUid, type GatheringForCalendar } from "@/lib/gatherings/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;
const decode = (content: string) => Buffer.from(content, "base64").toString("utf8");
const unfold = (text: string) => text.replace(/\r\n /g, "");

const gathering: GatheringForCalendar = {
  id: "g1",
  title: "Ledarskap, del 1; praktik",
  // 09:00 on 3 December 2026 in Stockholm (CET, UTC+1) to 16:00 the next day.
  startsAt: new Date("2026-12-03T08:00:00Z"),
  endsAt: new Date("2026-12-04T15:00:00Z"),
  place: "Hotell Selma Lagerlöf, Sunne; sal 3",
  agenda: "Dag 1: att leda sig själv, feedback\nDag 2: att leda andra\\grupper",
  sequence: 2,
};
const people = {
  stamp: new Date("2026-11-20T10:00:00Z"),
  organizer: { name: "Trainee Värmland", email: "no-reply@kohort.example" },
  attendee: { name: "Berg, Anna", email: "anna@example.com" },
};

describe("gathering .ics", () => {
  it("invites with METHOD:REQUEST, a stable UID, the gathering's SEQUENCE and UTC times", () => {
    const attachment = gatheringMailAttachment(gathering, people);
    expect(attachment).toMatchObject({ filename: "gathering.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST" });
    const text = decode(attachment.content);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const line of ["METHOD:REQUEST", "UID:gathering-g1@kohort", "SEQUENCE:2", "DTSTART:20261203T080000Z", "DTEND:20261204T150000Z", "DTSTAMP:20261120T100000Z", "STATUS:CONFIRMED"]) {
      expect(text).toContain(`\r\n${line}\r\n`);
    }
    expect(gatheringUid("g1")).toBe("gathering-g1@kohort");
  });

  it("escapes commas, semicolons, backslashes and newlines in SUMMARY, LOCATION and DESCRIPTION", () => {
    const text = unfold(decode(gatheringMailAttachment(gathering, people).content));
    expect(text).toContain("\r\nSUMMARY:Ledarskap\\, del 1\\; praktik\r\n");
    expect(text).toContain("\r\nLOCATION:Hotell Selma Lagerlöf\\, Sunne\\; sal 3\r\n");
    expect(text).toContain("\r\nDESCRIPTION:Dag 1: att leda sig själv\\, feedback\\nDag 2: att leda andra\\\\grupper\r\n");
    // A name with a comma stays one parameter value.
    expect(text).toContain('ATTENDEE;CN="Berg, Anna";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:anna@example.com');
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("folds every line to at most 75 octets", () => {
    const long = { ...gathering, agenda: "Åtta övningar i grupp, ".repeat(20) };
    const text = decode(gatheringMailAttachment(long, people).content);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`DESCRIPTION:${"Åtta övningar i grupp\\, ".repeat(20)}`);
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID", () => {
    const attachment = gatheringMailAttachment({ ...gathering, sequence: 3 }, { ...people, cancelled: true });
    expect(attachment.contentType).toContain("method=CANCEL");
    const text = decode(attachment.content);
    for (const line of ["METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:3", "UID:gathering-g1@kohort"]) expect(text).toContain(`\r\n${line}\r\n`);
  });

  it("makes a feed without METHOD, named, one VEVENT per gathering stamped with its last change", () => {
    const updatedAt = new Date("2026-11-01T12:00:00Z");
    const text = gatheringsCalendar("Trainee Värmland, kull 2026", [
      { ...gathering, updatedAt },
      { ...gathering, id: "g2", agenda: null, updatedAt },
    ]);
    expect(text).not.toContain("METHOD:");
    expect(text).toContain("\r\nX-WR-CALNAME:Trainee Värmland\\, kull 2026\r\n");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain("\r\nDTSTAMP:20261101T120000Z\r\n");
    expect(gatheringEvent({ ...gathering, agenda: null }, { stamp: updatedAt }).description).toBeNull();
    expect(text.split("UID:gathering-g2@kohort")[1]).not.toContain("DESCRIPTION");
  });
});
