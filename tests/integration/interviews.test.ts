import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { utcToZoned, zonedToUtc } from "@/lib/i18n/zoned-time";
import { bookSlotAction, createSlotAction, deleteSlotAction, inviteToInterviewAction } from "@/lib/interviews/actions";
import { sendInterviewReminders } from "@/lib/interviews/reminders";
import type { EmailAttachment } from "@/lib/email/outbox";
import { slotInput } from "../support/authorization";
import { addMember, createApplicationIn, createOpenCampaign, createTenant, type TenantFixture } from "../support/fixtures";
import { createSlotIn, invitedApplicationOf } from "../support/interviews";

const HOUR = 3_600_000;
const ZONE = "Europe/Stockholm";
let t: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("interviews"), createTenant("interviews-other")]);
});

const db = () => systemDb();
const mailTo = (to: string) => db().outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const emailOf = async (applicationId: string) =>
  (await db().application.findUniqueOrThrow({ where: { id: applicationId }, include: { applicant: true } })).applicant.email;
const icsOf = (mail: { attachments: unknown }) => {
  const [file] = mail.attachments as EmailAttachment[];
  return { ...file, text: Buffer.from(file.content, "base64").toString("utf8") };
};

/** A person who joined as an applicant, with an application invited to interview. */
async function invitedApplicant(label: string) {
  const user = await addMember(t.id, "APPLICANT", null, label);
  return { user, applicationId: await invitedApplicationOf(t, user) };
}

describe("interview slots", () => {
  it("stores the consortium's wall-clock times in UTC, with the interviewers as a list", async () => {
    const input = slotInput(t.campaignId);
    const result = await createSlotAction.runAs(t.users.COORDINATOR, t.slug, input);
    expect(result).toMatchObject({ ok: true });
    const slot = await db().interviewSlot.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id } });
    expect(slot.startsAt.toISOString()).toBe(zonedToUtc(`${input.date}T10:00`, ZONE).toISOString());
    expect(utcToZoned(slot.endsAt, ZONE)).toBe(`${input.date}T10:45`);
    expect(slot).toMatchObject({ consortiumId: t.id, capacity: 1, location: "Stadshuset, rum 3", meetingUrl: null, interviewers: ["Anna Lind", "Per Olsson"] });
  });

  it("refuses a slot without a place, ending before it starts, in the past or before the campaign opens", async () => {
    const run = (input: Record<string, unknown>) => createSlotAction.runAs(t.users.COORDINATOR, t.slug, { ...slotInput(t.campaignId), ...input });
    expect(await run({ location: "", meetingUrl: "" })).toMatchObject({ ok: false, error: "validation", fieldErrors: { location: "validation.placeRequired" } });
    expect(await run({ endTime: "09:00" })).toMatchObject({ ok: false, fieldErrors: { endTime: "validation.endBeforeStart" } });
    expect(await run({ capacity: 21 })).toMatchObject({ ok: false, fieldErrors: { capacity: "validation.tooBig" } });
    const today = utcToZoned(new Date(), ZONE).slice(0, 10);
    expect(await run({ date: today, startTime: "00:00", endTime: "00:30" })).toMatchObject({ ok: false, fieldErrors: { date: "validation.slotInPast" } });
    const later = await createOpenCampaign(t.id, "Later cohort");
    await db().campaign.update({ where: { id: later }, data: { opensAt: new Date(Date.now() + 60 * 24 * HOUR), status: "DRAFT" } });
    expect(await run({ campaignId: later })).toMatchObject({ ok: false, fieldErrors: { date: "validation.slotBeforeCampaign" } });
    expect(await run({ location: "", meetingUrl: "https://meet.example/kohort" })).toMatchObject({ ok: true });
  });

  it("deletes a slot only while nobody has booked it", async () => {
    const free = await createSlotIn(t);
    expect(await deleteSlotAction.runAs(t.users.COORDINATOR, t.slug, { id: free })).toMatchObject({ ok: true });
    expect(await db().interviewSlot.count({ where: { id: free } })).toBe(0);
    const booked = await createSlotIn(t);
    const { user, applicationId } = await invitedApplicant("delete");
    expect(await bookSlotAction.runAs(user, t.slug, { applicationId, slotId: booked })).toMatchObject({ ok: true });
    expect(await deleteSlotAction.runAs(t.users.COORDINATOR, t.slug, { id: booked })).toMatchObject({ ok: false, error: "slotBooked" });
    expect(await db().interviewSlot.count({ where: { id: booked } })).toBe(1);
  });
});

describe("invitations", () => {
  it("moves shortlisted candidates to interview, records each and mails each in their language", async () => {
    const swede = await createApplicationIn(t, "SHORTLISTED");
    const english = await addMember(t.id, "APPLICANT", null, "english");
    await db().user.update({ where: { id: english.id }, data: { locale: "en" } });
    const englishApplication = await invitedApplicationOf(t, english, "SHORTLISTED");
    const result = await inviteToInterviewAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId, applicationIds: [swede, englishApplication] });
    expect(result).toEqual({ ok: true, data: { invited: 2 } });
    const rows = await db().application.findMany({ where: { id: { in: [swede, englishApplication] } } });
    expect(rows.every((a) => a.stage === "INTERVIEW" && a.interviewInvitedAt)).toBe(true);
    const audit = await db().auditEvent.findMany({ where: { consortiumId: t.id, action: "interview.invite" } });
    expect(audit.map((a) => a.targetId)).toEqual(expect.arrayContaining([swede, englishApplication]));
    const [sv] = await mailTo(await emailOf(swede));
    expect(sv.subject).toContain("Inbjudan till intervju");
    expect(sv.text).toContain(`/sv/c/${t.slug}/me/interview`);
    const [en] = await mailTo(english.email);
    expect(en.subject).toContain("Invitation to an interview");
    expect(en.text).toContain(`/en/c/${t.slug}/me/interview`);
  });

  it("invites nobody when one of them is not shortlisted or belongs to another campaign", async () => {
    const shortlisted = await createApplicationIn(t, "SHORTLISTED");
    const submitted = await createApplicationIn(t, "SUBMITTED");
    const invite = (ids: string[]) => inviteToInterviewAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId, applicationIds: ids });
    expect(await invite([shortlisted, submitted])).toMatchObject({ ok: false, error: "notShortlisted" });
    expect(await invite([shortlisted, await createApplicationIn(other, "SHORTLISTED")])).toMatchObject({ ok: false, error: "notFound" });
    expect((await db().application.findUniqueOrThrow({ where: { id: shortlisted } })).stage).toBe("SHORTLISTED");
    expect(await mailTo(await emailOf(shortlisted))).toHaveLength(0);
  });
});

describe("booking", () => {
  it("books, confirms with an .ics invitation and moves the booking with the same calendar UID", async () => {
    const { user, applicationId } = await invitedApplicant("booker");
    const first = await createSlotIn(t, { meetingUrl: "https://meet.example/abc" });
    const second = await createSlotIn(t, { startsAt: new Date(Date.now() + 8 * 24 * HOUR) });
    expect(await bookSlotAction.runAs(user, t.slug, { applicationId, slotId: first })).toEqual({ ok: true, data: { slotId: first } });
    expect(await bookSlotAction.runAs(user, t.slug, { applicationId, slotId: second })).toEqual({ ok: true, data: { slotId: second } });
    const application = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application).toMatchObject({ interviewSlotId: second, interviewReminderSentAt: null });
    const mails = await mailTo(user.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("Din intervju är bokad"), expect.stringContaining("Din intervju är bokad")]);
    const [before, after] = mails.map(icsOf);
    expect(after).toMatchObject({ filename: "interview.ics", contentType: expect.stringContaining("text/calendar") });
    expect(before.text).toContain("METHOD:REQUEST\r\n");
    expect(before.text).toContain("URL:https://meet.example/abc\r\n");
    const slot = await db().interviewSlot.findUniqueOrThrow({ where: { id: second } });
    expect(after.text).toContain(`DTSTART:${slot.startsAt.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z\r\n`);
    const uid = (text: string) => /UID:(.*)\r\n/.exec(text.replace(/\r\n /g, ""))![1];
    expect(uid(after.text)).toBe(`interview-${applicationId}@kohort`);
    expect(uid(before.text)).toBe(uid(after.text));
    expect(await db().application.count({ where: { interviewSlotId: first } })).toBe(0);
  });

  it("refuses someone else's application, one not invited, and another consortium's slot", async () => {
    const { applicationId } = await invitedApplicant("owner");
    const { user: intruder } = await invitedApplicant("intruder");
    const slotId = await createSlotIn(t);
    expect(await bookSlotAction.runAs(intruder, t.slug, { applicationId, slotId })).toMatchObject({ ok: false, error: "notFound" });
    const shortlisted = await addMember(t.id, "APPLICANT", null, "waiting");
    const waiting = await invitedApplicationOf(t, shortlisted, "SHORTLISTED");
    expect(await bookSlotAction.runAs(shortlisted, t.slug, { applicationId: waiting, slotId })).toMatchObject({ ok: false, error: "notInvited" });
    expect(await bookSlotAction.runAs(intruder, t.slug, { applicationId, slotId: await createSlotIn(other) })).toMatchObject({ ok: false, error: "notFound" });
    expect(await db().application.count({ where: { interviewSlotId: slotId } })).toBe(0);
  });

  it("refuses a slot that is full or has started", async () => {
    const full = await createSlotIn(t);
    const first = await invitedApplicant("first");
    const second = await invitedApplicant("second");
    expect(await bookSlotAction.runAs(first.user, t.slug, { applicationId: first.applicationId, slotId: full })).toMatchObject({ ok: true });
    expect(await bookSlotAction.runAs(second.user, t.slug, { applicationId: second.applicationId, slotId: full })).toMatchObject({ ok: false, error: "slotFull" });
    const started = await createSlotIn(t, { startsAt: new Date(Date.now() - HOUR) });
    expect(await bookSlotAction.runAs(second.user, t.slug, { applicationId: second.applicationId, slotId: started })).toMatchObject({ ok: false, error: "slotPast" });
  });

  it("gives the last place to exactly one of two people booking it at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const slotId = await createSlotIn(t, { capacity: 1 });
      const [a, b] = await Promise.all([invitedApplicant(`race-a${round}`), invitedApplicant(`race-b${round}`)]);
      const results = await Promise.all([a, b].map((p) => bookSlotAction.runAs(p.user, t.slug, { applicationId: p.applicationId, slotId })));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ error: "slotFull" });
      expect(await db().application.count({ where: { interviewSlotId: slotId } })).toBe(1);
    }
  });
});

describe("reminders", () => {
  /** Booked a week ahead, then the day comes closer: the slot moves to `startsIn` from now. */
  async function bookedIn(label: string, startsIn: number) {
    const { user, applicationId } = await invitedApplicant(label);
    const slotId = await createSlotIn(t);
    expect(await bookSlotAction.runAs(user, t.slug, { applicationId, slotId })).toMatchObject({ ok: true });
    await db().interviewSlot.update({ where: { id: slotId }, data: { startsAt: new Date(Date.now() + startsIn), endsAt: new Date(Date.now() + startsIn + HOUR) } });
    return { user, applicationId };
  }

  it("reminds once when the interview starts within 24 hours, even with two runs at once", async () => {
    const soon = await bookedIn("soon", 3 * HOUR);
    const later = await bookedIn("later", 30 * HOUR);
    const started = await bookedIn("started", -HOUR);
    const runs = await Promise.all([sendInterviewReminders({ consortiumId: t.id }), sendInterviewReminders({ consortiumId: t.id })]);
    expect(runs[0].sent + runs[1].sent).toBe(1);
    expect((await sendInterviewReminders({ consortiumId: t.id })).sent).toBe(0);
    const reminders = (await mailTo(soon.user.email)).filter((m) => m.subject.startsWith("Påminnelse"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain("Stadshuset, rum 3");
    // The reminder carries the calendar entry again, under the booking's UID.
    const ics = icsOf(reminders[0]);
    expect(ics.text).toContain("METHOD:REQUEST\r\n");
    expect(ics.text.replace(/\r\n /g, "")).toContain(`UID:interview-${soon.applicationId}@kohort\r\n`);
    expect((await db().application.findUniqueOrThrow({ where: { id: soon.applicationId } })).interviewReminderSentAt).not.toBeNull();
    for (const p of [later, started]) {
      expect((await mailTo(p.user.email)).some((m) => m.subject.startsWith("Påminnelse"))).toBe(false);
    }
  });

  it("counts the confirmation as the reminder when the booking is made the day before", async () => {
    const { user, applicationId } = await invitedApplicant("late");
    const slotId = await createSlotIn(t, { startsAt: new Date(Date.now() + 5 * HOUR) });
    expect(await bookSlotAction.runAs(user, t.slug, { applicationId, slotId })).toMatchObject({ ok: true });
    expect((await db().application.findUniqueOrThrow({ where: { id: applicationId } })).interviewReminderSentAt).not.toBeNull();
    await sendInterviewReminders({ consortiumId: t.id });
    expect((await mailTo(user.email)).map((m) => m.subject)).toEqual([expect.stringContaining("Din intervju är bokad")]);
  });
});
