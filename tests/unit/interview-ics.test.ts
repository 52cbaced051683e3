import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsUtc } from "@/lib/calendar/ics";
import { icsAttachment, interviewIcs, type InterviewEvent } from "@/lib/interviews/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

const event: InterviewEvent = {
  uid: "interview-app1@kohort",
  stamp: new Date("2027-03-01T08:00:00Z"),
  // 10:00–10:45 in Stockholm (CET, UTC+1) is 09:00–09:45 UTC.
  startsAt: new Date("2027-03-12T09:00:00Z"),
  endsAt: new Date("2027-03-12T09:45:00Z"),
  summary: "Intervju med Trainee Värmland",
  description: "Intervjuare: Anna Lind, Per Olsson. Byt tid: https://kohort.example/sv/c/trainee-varmland/me/interview",
  location: "Karlstads kommun; rum 3, plan 2",
  url: "https://meet.example/abc?x=1,2;y",
  organizer: { name: "Trainee Värmland", email: "no-reply@kohort.example" },
  attendee: { name: "Elin Karlsson", email: "elin@example.com" },
};

describe("interview .ics", () => {
  it("writes instants in UTC, form #2", () => {
    expect(icsUtc(new Date("2027-03-12T09:00:00.000Z"))).toBe("20270312T090000Z");
    const text = interviewIcs(event);
    expect(text).toContain("\r\nDTSTART:20270312T090000Z\r\n");
    expect(text).toContain("\r\nDTEND:20270312T094500Z\r\n");
    expect(text).toContain("\r\nDTSTAMP:20270301T080000Z\r\n");
  });

  it("escapes TEXT values and leaves the URI alone", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    const text = interviewIcs(event);
    expect(text).toContain("LOCATION:Karlstads kommun\\; rum 3\\, plan 2\r\n");
    expect(text).toContain("URL:https://meet.example/abc?x=1,2;y\r\n");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"å".repeat(100)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    // Unfolding (drop CRLF + one space) gives the line back.
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("is a METHOD:REQUEST calendar with a stable UID, CRLF lines and nothing over 75 octets", () => {
    const text = interviewIcs(event);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(text).toContain("\r\nUID:interview-app1@kohort\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain(`ORGANIZER;CN="Trainee Värmland":mailto:no-reply@kohort.example`);
    expect(unfolded).toContain("DESCRIPTION:Intervjuare: Anna Lind\\, Per Olsson. Byt tid: https://kohort.example/sv/c/trainee-varmland/me/interview");
  });

  it("orders versions: a later booking of the same application has a higher SEQUENCE", () => {
    const sequence = (e: InterviewEvent) => Number(/SEQUENCE:(\d+)/.exec(interviewIcs(e))![1]);
    expect(sequence({ ...event, stamp: new Date("2027-03-02T08:00:00Z") })).toBeGreaterThan(sequence(event));
    expect(sequence(event)).toBeLessThan(2 ** 31);
  });

  it("attaches as base64 UTF-8 text/calendar", () => {
    const attachment = icsAttachment(event);
    expect(attachment).toMatchObject({ filename: "interview.ics", contentType: expect.stringContaining("text/calendar") });
    expect(Buffer.from(attachment.content, "base64").toString("utf8")).toBe(interviewIcs(event));
  });
});
