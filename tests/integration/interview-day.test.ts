import { beforeAll, describe, expect, it } from "vitest";
import { withdrawApplicationAction } from "@/lib/applications/actions";
import { systemDb } from "@/lib/db/client";
import type { EmailAttachment } from "@/lib/email/outbox";
import { bookSlotAction, createSlotSeriesAction } from "@/lib/interviews/actions";
import { seriesTimes } from "@/lib/interviews/schemas";
import { moveApplicationsAction } from "@/lib/review/actions";
import { dateAhead, createSlotIn, invitedApplicationOf } from "../support/interviews";
import { slotInput } from "../support/authorization";
import { addMember, createTenant, type TenantFixture } from "../support/fixtures";

// An interview day made in one step, and bookings cancelled in the candidate's calendar when they
// are rejected or withdraw.
let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("interview-day");
});

const db = () => systemDb();
const icsOf = (mail: { attachments: unknown }) => Buffer.from((mail.attachments as EmailAttachment[])[0].content, "base64").toString("utf8").replace(/\r\n /g, "");

describe("a series of slots", () => {
  it("fills the time from–to with slots of the length and break asked for", () => {
    expect(seriesTimes("09:00", "12:00", 45, 15)).toEqual([["09:00", "09:45"], ["10:00", "10:45"], ["11:00", "11:45"]]);
    expect(seriesTimes("09:00", "09:30", 45, 0)).toEqual([]);
    expect(seriesTimes("13:00", "14:00", 30, 0)).toEqual([["13:00", "13:30"], ["13:30", "14:00"]]);
  });

  it("creates the whole day in one step, each slot with the same place, interviewers and capacity", async () => {
    const date = dateAhead(40);
    const result = await createSlotSeriesAction.runAs(t.users.COORDINATOR, t.slug, { ...slotInput(t.campaignId), date, startTime: "09:00", endTime: "12:00", length: 45, gap: 15, capacity: 2 });
    expect(result).toEqual({ ok: true, data: { created: 3 } });
    const slots = await db().interviewSlot.findMany({ where: { consortiumId: t.id, campaignId: t.campaignId, capacity: 2 }, orderBy: { startsAt: "asc" } });
    expect(slots).toHaveLength(3);
    expect(slots.map((s) => (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000)).toEqual([45, 45, 45]);
    expect((slots[1].startsAt.getTime() - slots[0].endsAt.getTime()) / 60_000).toBe(15);
    expect(slots.every((s) => s.location === "Stadshuset, rum 3" && s.interviewers.join() === "Anna Lind,Per Olsson")).toBe(true);
  });

  it("refuses a series that makes no slot, too many, or lies in the past, and then creates none", async () => {
    const before = await db().interviewSlot.count({ where: { consortiumId: t.id } });
    const base = { ...slotInput(t.campaignId), date: dateAhead(41) };
    expect(await createSlotSeriesAction.runAs(t.users.COORDINATOR, t.slug, { ...base, startTime: "09:00", endTime: "09:20", length: 30, gap: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { length: "validation.seriesEmpty" },
    });
    expect(await createSlotSeriesAction.runAs(t.users.COORDINATOR, t.slug, { ...base, startTime: "07:00", endTime: "20:00", length: 10, gap: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { length: "validation.seriesTooLong" },
    });
    expect(await createSlotSeriesAction.runAs(t.users.COORDINATOR, t.slug, { ...base, date: "2020-01-01", startTime: "09:00", endTime: "12:00", length: 45, gap: 15 })).toMatchObject({ ok: false, error: "validation" });
    expect(await db().interviewSlot.count({ where: { consortiumId: t.id } })).toBe(before);
  });
});

describe("cancelled bookings", () => {
  async function booked(label: string) {
    const user = await addMember(t.id, "APPLICANT", null, label);
    const applicationId = await invitedApplicationOf(t, user);
    const slotId = await createSlotIn(t);
    expect(await bookSlotAction.runAs(user, t.slug, { applicationId, slotId })).toMatchObject({ ok: true });
    return { user, applicationId, slotId };
  }
  const lastMailTo = (to: string) => db().outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });

  it("sends a rejected candidate a METHOD:CANCEL for the booked time and frees the place", async () => {
    const { user, applicationId, slotId } = await booked("rejected");
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [applicationId], stage: "REJECTED" })).toMatchObject({ ok: true });
    const mail = await lastMailTo(user.email);
    expect(mail.subject).toMatch(/är inställd/);
    expect(mail.applicationId).toBe(applicationId);
    const ics = icsOf(mail);
    expect(ics).toContain("METHOD:CANCEL\r\n");
    expect(ics).toContain("STATUS:CANCELLED\r\n");
    expect(ics).toContain(`UID:interview-${applicationId}@kohort\r\n`);
    expect((await db().application.findUniqueOrThrow({ where: { id: applicationId } })).interviewSlotId).toBeNull();
    expect(await db().application.count({ where: { interviewSlotId: slotId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { consortiumId: t.id, action: "interview.cancelled", targetId: applicationId } })).toBe(1);
  });

  it("sends a candidate who withdraws a METHOD:CANCEL too", async () => {
    const { user, applicationId } = await booked("withdraws");
    await db().campaign.update({ where: { id: t.campaignId }, data: { opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 30 * 86_400_000) } });
    const result = await withdrawApplicationAction.runAs(user, t.slug, { campaignId: t.campaignId });
    expect(result).toMatchObject({ ok: true });
    const mails = await db().outboxEmail.findMany({ where: { to: user.email, applicationId }, orderBy: { createdAt: "asc" } });
    const cancel = mails.find((m) => icsOf(m).includes("METHOD:CANCEL"));
    expect(cancel).toBeDefined();
  });
});
