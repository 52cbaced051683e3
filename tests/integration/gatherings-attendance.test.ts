import { beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/c/[slug]/calendar/[token]/route";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { createGatheringAction, inviteToGatheringAction, recordAttendanceAction } from "@/lib/gatherings/actions";
import { gatheringIcsFor } from "@/lib/gatherings/feed";
import { getGathering, listCohortGatherings, listGatheringsOfCohorts, listTraineeRates } from "@/lib/gatherings/service";
import { ensureCalendarToken } from "@/lib/trainees/calendar-token";
import { createTenant, createUser, type TenantFixture } from "../support/fixtures";
import { cohortWithTrainees, formDate, gatheringFields, gatheringIn, gatheringSnapshot } from "../support/gatherings";

const ZONE = "Europe/Stockholm";
let t: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("attendance"), createTenant("attendance-other")]);
});

const coordinator = () => t.users.COORDINATOR;
const tenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.id, null, fn);

/** Plans a gathering `days` from today (negative: held) in the cohort and invites all of it. */
async function invited(cohortId: string, days: number, fields: Record<string, unknown> = {}) {
  const created = await createGatheringAction.runAs(coordinator(), t.slug, { cohortId, ...gatheringFields({ startDate: formDate(days), endDate: formDate(days), ...fields }) });
  if (!created.ok) throw new Error(JSON.stringify(created));
  await inviteToGatheringAction.runAs(coordinator(), t.slug, { gatheringId: created.data.id });
  return created.data.id;
}

const mark = (gatheringId: string, marks: [string, "PRESENT" | "ABSENT" | "EXCUSED"][]) =>
  recordAttendanceAction.runAs(coordinator(), t.slug, { gatheringId, marks: marks.map(([traineeId, status]) => ({ traineeId, status })) });

describe("attendance on the day", () => {
  it("records each invited trainee's mark from the start day on", async () => {
    const c = await cohortWithTrainees(t);
    const id = await invited(c.cohortId, 0, { startTime: "00:00", endTime: "23:59" });
    expect(await mark(id, [[c.anna, "PRESENT"], [c.bo, "EXCUSED"], [c.cia, "ABSENT"]])).toEqual({ ok: true, data: { recorded: 3 } });
    const rows = await systemDb().attendance.findMany({ where: { gatheringId: id } });
    expect(Object.fromEntries(rows.map((r) => [r.traineeId, r.status]))).toEqual({ [c.anna]: "PRESENT", [c.bo]: "EXCUSED", [c.cia]: "ABSENT" });
    // In parts: Bo's mark changes, Anna's row comes unmarked and keeps hers.
    const partly = await recordAttendanceAction.runAs(coordinator(), t.slug, {
      gatheringId: id,
      marks: [{ traineeId: c.anna, status: null }, { traineeId: c.bo, status: "PRESENT" }],
    });
    expect(partly).toEqual({ ok: true, data: { recorded: 1 } });
    const after = await systemDb().attendance.findMany({ where: { gatheringId: id, traineeId: { in: [c.anna, c.bo] } } });
    expect(after.map((r) => r.status).sort()).toEqual(["PRESENT", "PRESENT"]);
  });

  it("refuses before the start day, for someone not invited, and for another consortium's gathering; nothing is saved", async () => {
    const c = await cohortWithTrainees(t);
    const ahead = await invited(c.cohortId, 2);
    const today = await invited(c.cohortId, 0, { startTime: "00:00", endTime: "23:59" });
    const foreign = await gatheringIn(other, { started: true, invite: [other.traineeId] });
    const before = await Promise.all([ahead, today, foreign].map(gatheringSnapshot));
    expect(await mark(ahead, [[c.anna, "PRESENT"]])).toMatchObject({ ok: false, error: "gatheringNotStarted" });
    // Dan left before the invitations; the fixture's trainee is of another cohort: neither is invited.
    for (const stranger of [c.left, t.traineeId, other.traineeId]) {
      expect(await mark(today, [[c.anna, "PRESENT"], [stranger, "PRESENT"]])).toMatchObject({ ok: false, error: "notInvitedToGathering" });
    }
    expect(await mark(foreign, [[other.traineeId, "PRESENT"]])).toMatchObject({ ok: false, error: "notFound" });
    expect(await mark(today, [[c.anna, "PRESENT"], [c.anna, "ABSENT"]])).toMatchObject({ ok: false, error: "validation" });
    const unmarked = await recordAttendanceAction.runAs(coordinator(), t.slug, { gatheringId: today, marks: [{ traineeId: c.anna, status: null }] });
    expect(unmarked).toMatchObject({ ok: false, error: "validation", fieldErrors: { marks: "gatherings.attendance.noneMarked" } });
    expect(await Promise.all([ahead, today, foreign].map(gatheringSnapshot))).toEqual(before);
  });
});

describe("attendance rates", () => {
  it("are present ÷ recorded invitations at gatherings held, per gathering and per trainee, with excused counted as not attending", async () => {
    const c = await cohortWithTrainees(t);
    const [g1, g2, g3] = [await invited(c.cohortId, -30), await invited(c.cohortId, -20), await invited(c.cohortId, -10)];
    const upcoming = await invited(c.cohortId, 10);
    await mark(g1, [[c.anna, "PRESENT"], [c.bo, "PRESENT"], [c.cia, "ABSENT"]]);
    await mark(g2, [[c.anna, "PRESENT"], [c.bo, "EXCUSED"], [c.cia, "PRESENT"]]);
    // Cia's mark at the third is not recorded: it counts on neither side.
    await mark(g3, [[c.anna, "PRESENT"], [c.bo, "ABSENT"]]);

    const gatherings = await tenant((tx) => listCohortGatherings(tx, t.id, c.cohortId, ZONE));
    const byId = Object.fromEntries(gatherings.map((g) => [g.id, g]));
    expect(gatherings.map((g) => g.id)).toEqual([g1, g2, g3, upcoming]);
    expect(byId[g1].counts).toMatchObject({ invited: 3, present: 2, absent: 1, excused: 0, rate: 2 / 3 });
    expect(byId[g2].counts).toMatchObject({ present: 2, excused: 1, rate: 2 / 3 });
    expect(byId[g3].counts).toMatchObject({ present: 1, absent: 1, unrecorded: 1, rate: 1 / 2 });
    expect(byId[upcoming]).toMatchObject({ held: false, counts: { invited: 3, rate: null } });

    const rates = Object.fromEntries((await tenant((tx) => listTraineeRates(tx, t.id, c.cohortId, ZONE))).map((r) => [r.id, r]));
    expect(rates[c.anna]).toMatchObject({ invited: 3, present: 3, excused: 0, absent: 0, rate: 1 });
    expect(rates[c.bo]).toMatchObject({ invited: 3, present: 1, excused: 1, absent: 1, rate: 1 / 3 });
    expect(rates[c.cia]).toMatchObject({ invited: 3, present: 1, absent: 1, unrecorded: 1, rate: 1 / 2 });
    expect(rates[c.left]).toMatchObject({ invited: 0, rate: null, status: "DROPPED_OUT" });
  });

  it("a gathering is found only under its own cohort and consortium", async () => {
    const c = await cohortWithTrainees(t);
    const id = await invited(c.cohortId, 5);
    await expect(tenant((tx) => getGathering(tx, t.id, c.cohortId, id))).resolves.toMatchObject({ id, counts: { invited: 3 } });
    await expect(tenant((tx) => getGathering(tx, t.id, t.cohortId, id))).rejects.toMatchObject({ code: "notFound" });
    await expect(withTenant(other.id, null, (tx) => getGathering(tx, other.id, c.cohortId, id))).rejects.toMatchObject({ code: "notFound" });
  });

  it("lists a cohort's upcoming and past gatherings for other pages; another consortium's cohorts give nothing", async () => {
    const c = await cohortWithTrainees(t);
    const [past, soon, later] = [await invited(c.cohortId, -3), await invited(c.cohortId, 2), await invited(c.cohortId, 9)];
    const lists = await tenant((tx) => listGatheringsOfCohorts(tx, t.id, [c.cohortId, other.cohortId]));
    expect(lists.upcoming.map((g) => g.id)).toEqual([soon, later]);
    expect(lists.past.map((g) => g.id)).toEqual([past]);
    expect(lists.upcoming[0]).toMatchObject({ cohortId: c.cohortId, type: "COURSE", place: "Karlstads CCC, sal 3" });
    expect(await tenant((tx) => listGatheringsOfCohorts(tx, t.id, [other.cohortId]))).toEqual({ upcoming: [], past: [] });
  });
});

describe("calendar feed and download", () => {
  const feed = (slug: string, token: string) => feedRoute(new Request("http://localhost/feed"), { params: Promise.resolve({ slug, token }) });

  it("serves the trainee's invited gatherings as text/calendar, escaped, without signing in", async () => {
    const c = await cohortWithTrainees(t);
    const mine = await invited(c.cohortId, 4, { place: "Sunne, Selma Spa; sal B", agenda: "Dag 1: mål, roller\nDag 2; feedback" });
    const notMine = await gatheringIn(t);
    const token = await tenant((tx) => ensureCalendarToken(tx, t.id, c.bo));
    const response = await feed(t.slug, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = (await response.text()).replace(/\r\n /g, "");
    expect(text).toContain(`\r\nUID:gathering-${mine}@kohort\r\n`);
    expect(text).not.toContain(notMine);
    expect(text).not.toContain("METHOD:");
    expect(text).toContain("\r\nLOCATION:Sunne\\, Selma Spa\\; sal B\r\n");
    expect(text).toContain("\r\nDESCRIPTION:Dag 1: mål\\, roller\\nDag 2\\; feedback\r\n");
  });

  it("answers 404 for an unknown token and for another consortium's trainee's token", async () => {
    const foreignToken = await withTenant(other.id, null, (tx) => ensureCalendarToken(tx, other.id, other.traineeId));
    expect((await feed(t.slug, foreignToken)).status).toBe(404);
    expect((await feed(t.slug, "x".repeat(32))).status).toBe(404);
    expect((await feed(t.slug, "../../etc")).status).toBe(404);
    expect((await feed("no-such-consortium", foreignToken)).status).toBe(404);
    expect((await feed(other.slug, foreignToken)).status).toBe(200);
  });

  it("lets the coordinator, an employer contact and an invited trainee download one gathering; nobody else", async () => {
    const invitedId = await gatheringIn(t, { invite: [t.traineeId] });
    const notInvited = await gatheringIn(t);
    for (const role of ["COORDINATOR", "EMPLOYER", "TRAINEE"] as const) {
      expect(await gatheringIcsFor(t.users[role], t.slug, invitedId)).toContain(`UID:gathering-${invitedId}@kohort`);
    }
    for (const [user, id] of [
      [t.users.TRAINEE, notInvited],
      [t.users.STEERING, invitedId],
      [t.users.APPLICANT, invitedId],
      [other.users.COORDINATOR, invitedId],
      [await createUser("stranger"), invitedId],
    ] as const) {
      await expect(gatheringIcsFor(user, t.slug, id)).rejects.toMatchObject({ code: "notFound" });
    }
    await expect(gatheringIcsFor(t.users.COORDINATOR, t.slug, await gatheringIn(other))).rejects.toMatchObject({ code: "notFound" });
    await expect(gatheringIcsFor(null, t.slug, invitedId)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
