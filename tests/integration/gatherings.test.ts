import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import type { EmailAttachment } from "@/lib/email/outbox";
import {
  createGatheringAction,
  deleteGatheringAction,
  inviteToGatheringAction,
  recordAttendanceAction,
  updateGatheringAction,
} from "@/lib/gatherings/actions";
import { utcToZoned, zonedToUtc } from "@/lib/i18n/zoned-time";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { cohortWithTrainees, formDate, gatheringFields, gatheringIn, gatheringSnapshot } from "../support/gatherings";

const ZONE = "Europe/Stockholm";
let t: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("gatherings"), createTenant("gatherings-other")]);
});

const db = () => systemDb();
const coordinator = () => t.users.COORDINATOR;
const mailTo = (to: string) => db().outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const icsOf = (mail: { attachments: unknown }) => {
  const [file] = mail.attachments as EmailAttachment[];
  return { ...file, text: Buffer.from(file.content, "base64").toString("utf8").replace(/\r\n /g, "") };
};
async function plan(fields: Record<string, unknown> = {}, cohortId = t.cohortId) {
  const result = await createGatheringAction.runAs(coordinator(), t.slug, { cohortId, ...gatheringFields(fields) });
  if (!result.ok) throw new Error(`planning failed: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("planning gatherings", () => {
  it("stores a two-day gathering's wall-clock times in UTC, with its place and agenda", async () => {
    const id = await plan({ startDate: "2027-03-10", startTime: "09:00", endDate: "2027-03-11", endTime: "15:30", type: "COURSE" });
    const g = await db().gathering.findUniqueOrThrow({ where: { id } });
    expect(g.startsAt.toISOString()).toBe(zonedToUtc("2027-03-10T09:00", ZONE).toISOString());
    expect(utcToZoned(g.endsAt, ZONE)).toBe("2027-03-11T15:30");
    expect(g).toMatchObject({ consortiumId: t.id, cohortId: t.cohortId, place: "Karlstads CCC, sal 3", sequence: 0, invitedAt: null });
    expect(g.agenda).toContain("\nEftermiddag");
    expect(await db().auditEvent.count({ where: { targetId: id, action: "gathering.create" } })).toBe(1);
  });

  it("refuses an end before the start, and another consortium's cohort; nothing is created", async () => {
    const before = await db().gathering.count({ where: { consortiumId: { in: [t.id, other.id] } } });
    const run = (input: Record<string, unknown>) => createGatheringAction.runAs(coordinator(), t.slug, { cohortId: t.cohortId, ...gatheringFields(input) });
    expect(await run({ endTime: "08:00" })).toMatchObject({ ok: false, error: "validation", fieldErrors: { endTime: "validation.endBeforeStart" } });
    expect(await run({ startDate: formDate(31), endDate: formDate(30) })).toMatchObject({ ok: false, fieldErrors: { endTime: "validation.endBeforeStart" } });
    expect(await run({ title: "", place: " " })).toMatchObject({ ok: false, fieldErrors: { title: "validation.required", place: "validation.required" } });
    expect(await run({ cohortId: other.cohortId })).toMatchObject({ ok: false, error: "notFound" });
    expect(await db().gathering.count({ where: { consortiumId: { in: [t.id, other.id] } } })).toBe(before);
  });
});

describe("invitations", () => {
  it("invites every active trainee by default, mails each in their language with a REQUEST .ics, and not twice", async () => {
    const c = await cohortWithTrainees(t);
    const id = await plan({ place: "Hotell Selma, sal 3; plan 2", startDate: formDate(20), endDate: formDate(21) }, c.cohortId);
    const result = await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id });
    expect(result).toEqual({ ok: true, data: { invited: 3, mailed: 3 } });
    const rows = await db().attendance.findMany({ where: { gatheringId: id } });
    expect(rows.map((r) => r.traineeId).sort()).toEqual([c.anna, c.bo, c.cia].sort());
    expect(rows.every((r) => r.status === "INVITED" && r.consortiumId === t.id)).toBe(true);
    const g = await db().gathering.findUniqueOrThrow({ where: { id } });
    expect(g.invitedAt).not.toBeNull();

    const [english] = await mailTo(c.english.email);
    expect(english).toMatchObject({ locale: "en", template: "gathering", consortiumId: t.id });
    expect(english.subject).toMatch(/^Invitation: Ledarskap/);
    const bo = await db().trainee.findUniqueOrThrow({ where: { id: c.bo } });
    const [swedish] = await mailTo(bo.email!);
    expect(swedish.locale).toBe("sv");
    expect(swedish.subject).toMatch(/^Inbjudan: Ledarskap/);
    expect(swedish.text).toContain("Hotell Selma, sal 3; plan 2");
    const ics = icsOf(swedish);
    expect(ics).toMatchObject({ filename: "gathering.ics", contentType: expect.stringContaining("method=REQUEST") });
    expect(ics.text).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(ics.text).toContain(`\r\nUID:gathering-${id}@kohort\r\n`);
    expect(ics.text).toContain("\r\nSEQUENCE:0\r\n");
    expect(ics.text).toContain(`\r\nDTSTART:${g.startsAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}\r\n`);
    expect(ics.text).toContain("\r\nLOCATION:Hotell Selma\\, sal 3\\; plan 2\r\n");
    expect(ics.text).toContain(`mailto:${bo.email}`);
    expect(await mailTo(await c.emailOf(c.left))).toHaveLength(0);

    expect(await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id })).toEqual({ ok: true, data: { invited: 0, mailed: 0 } });
    expect(await mailTo(bo.email!)).toHaveLength(1);
  });

  it("invites only the chosen; a trainee of another cohort or consortium, or one who left, stops it all", async () => {
    const c = await cohortWithTrainees(t);
    const id = await plan({}, c.cohortId);
    const before = await gatheringSnapshot(id);
    for (const stranger of [t.traineeId, other.traineeId, c.left]) {
      const result = await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id, traineeIds: [c.anna, stranger] });
      expect(result).toMatchObject({ ok: false, error: "notFound" });
    }
    expect(await gatheringSnapshot(id)).toEqual(before);
    expect(await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id, traineeIds: [c.bo] })).toMatchObject({ ok: true, data: { invited: 1 } });
    expect((await db().attendance.findMany({ where: { gatheringId: id } })).map((a) => a.traineeId)).toEqual([c.bo]);
  });

  it("records a past gathering's invitations without mailing anyone", async () => {
    const c = await cohortWithTrainees(t);
    const id = await plan({ startDate: formDate(-10), endDate: formDate(-10) }, c.cohortId);
    expect(await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id })).toEqual({ ok: true, data: { invited: 3, mailed: 0 } });
  });
});

describe("changing and cancelling", () => {
  it("a new title alone changes nothing in calendars; a new place raises the sequence and mails an update", async () => {
    const c = await cohortWithTrainees(t);
    const fields = gatheringFields();
    const id = await plan(fields, c.cohortId);
    await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id });
    const email = await c.emailOf(c.cia);

    expect(await updateGatheringAction.runAs(coordinator(), t.slug, { id, ...fields, title: "Ledarskap, del 1" })).toEqual({ ok: true, data: { id, mailed: 0 } });
    expect((await db().gathering.findUniqueOrThrow({ where: { id } })).sequence).toBe(0);
    expect(await mailTo(email)).toHaveLength(1);

    const moved = { ...fields, title: "Ledarskap, del 1", place: "Sunne, Selma Spa" };
    expect(await updateGatheringAction.runAs(coordinator(), t.slug, { id, ...moved })).toEqual({ ok: true, data: { id, mailed: 3 } });
    expect((await db().gathering.findUniqueOrThrow({ where: { id } })).sequence).toBe(1);
    const mails = await mailTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toMatch(/^Ändrat: Ledarskap, del 1/);
    const ics = icsOf(mails[1]).text;
    expect(ics).toContain("\r\nSEQUENCE:1\r\n");
    expect(ics).toContain(`\r\nUID:gathering-${id}@kohort\r\n`);
    expect(ics).toContain("\r\nLOCATION:Sunne\\, Selma Spa\r\n");
  });

  it("refuses an end before the start and another consortium's gathering; nothing changes", async () => {
    const id = await plan();
    const foreign = await gatheringIn(other);
    const [mine, theirs] = [await gatheringSnapshot(id), await gatheringSnapshot(foreign)];
    expect(await updateGatheringAction.runAs(coordinator(), t.slug, { id, ...gatheringFields({ endTime: "08:30" }) })).toMatchObject({
      ok: false,
      fieldErrors: { endTime: "validation.endBeforeStart" },
    });
    expect(await updateGatheringAction.runAs(coordinator(), t.slug, { id: foreign, ...gatheringFields() })).toMatchObject({ ok: false, error: "notFound" });
    expect(await deleteGatheringAction.runAs(coordinator(), t.slug, { id: foreign })).toMatchObject({ ok: false, error: "notFound" });
    expect(await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: foreign })).toMatchObject({ ok: false, error: "notFound" });
    expect([await gatheringSnapshot(id), await gatheringSnapshot(foreign)]).toEqual([mine, theirs]);
  });

  it("cancelling sends METHOD:CANCEL to those invited; a gathering with attendance taken stays", async () => {
    const c = await cohortWithTrainees(t);
    const id = await plan({}, c.cohortId);
    await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: id });
    expect(await deleteGatheringAction.runAs(coordinator(), t.slug, { id })).toEqual({ ok: true, data: { cohortId: c.cohortId, mailed: 3 } });
    expect(await db().gathering.count({ where: { id } })).toBe(0);
    const email = await c.emailOf(c.bo);
    const cancel = (await mailTo(email)).at(-1)!;
    expect(cancel.subject).toMatch(/^Inställt:/);
    const ics = icsOf(cancel);
    expect(ics.contentType).toContain("method=CANCEL");
    expect(ics.text).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(ics.text).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(ics.text).toContain("\r\nSEQUENCE:1\r\n");

    const held = await gatheringIn(t, { started: true, invite: [t.traineeId] });
    await recordAttendanceAction.runAs(coordinator(), t.slug, { gatheringId: held, marks: [{ traineeId: t.traineeId, status: "PRESENT" }] });
    const before = await gatheringSnapshot(held);
    expect(await deleteGatheringAction.runAs(coordinator(), t.slug, { id: held })).toMatchObject({ ok: false, error: "gatheringHeld" });
    expect(await gatheringSnapshot(held)).toEqual(before);
  });

  it("a gathering that has begun stays even without attendance, and mails no cancellation", async () => {
    const begun = await gatheringIn(t, { started: true, invite: [t.traineeId] });
    const mails = await db().outboxEmail.count({ where: { consortiumId: t.id } });
    expect(await deleteGatheringAction.runAs(coordinator(), t.slug, { id: begun })).toMatchObject({ ok: false, error: "gatheringHeld" });
    expect(await db().gathering.count({ where: { id: begun } })).toBe(1);
    expect(await db().outboxEmail.count({ where: { consortiumId: t.id } })).toBe(mails);
  });
});
