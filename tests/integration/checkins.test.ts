import { beforeAll, describe, expect, it } from "vitest";
import { recordCheckInAction, updateCheckInScheduleAction } from "@/lib/checkins/actions";
import { checkInDates, scheduleCheckIns } from "@/lib/checkins/schedule";
import { listCheckIns } from "@/lib/checkins/service";
import { loadCoordinatorDashboard } from "@/lib/dashboards/coordinator";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { todayIn, utcToZoned } from "@/lib/i18n/zoned-time";
import { checkInInput, firstCheckInOf, weekAgo } from "../support/authorization-checkins";
import { addMember, createRunningCohort, createTenant, createTraineeIn, monthsFromToday, type TenantFixture } from "../support/fixtures";

const ZONE = "Europe/Stockholm";
let t: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("checkins"), createTenant("checkins-other")]);
});

const db = () => systemDb();
const checkInsOf = (traineeId: string) => db().checkIn.findMany({ where: { traineeId }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] });
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A trainee of a cohort of its own, so schedule changes touch nobody else's check-ins. */
async function traineeOfNewCohort() {
  const cohortId = await createRunningCohort(t.id);
  const traineeId = await createTraineeIn(t, cohortId);
  return { cohortId, traineeId };
}

describe("the check-in schedule", () => {
  it("moves open check-ins to the new months and keeps done ones with their notes", async () => {
    const { cohortId, traineeId } = await traineeOfNewCohort();
    expect((await checkInsOf(traineeId)).map((c) => c.monthOffset)).toEqual([1, 6, null]);
    const first = await firstCheckInOf(t, traineeId);
    expect(await recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, checkInInput(first))).toMatchObject({ ok: true });
    const done = await db().checkIn.findUniqueOrThrow({ where: { id: first } });

    const result = await updateCheckInScheduleAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, months: "2; 4 ,4" });
    expect(result).toEqual({ ok: true, data: { months: [2, 4] } });
    const cohort = await db().cohort.findUniqueOrThrow({ where: { id: cohortId } });
    expect(cohort.checkInMonths).toEqual([2, 4]);
    const after = await checkInsOf(traineeId);
    // The done 1-month check-in stays as it was; the open 6-month one is gone; 2 and 4 are new.
    expect(after.find((c) => c.id === first)).toEqual(done);
    const open = after.filter((c) => !c.completedAt);
    const planned = checkInDates(cohort);
    expect(open.map((c) => [c.monthOffset, iso(c.dueDate)])).toEqual(planned.map((p) => [p.monthOffset, iso(p.dueDate)]));
    expect(open.map((c) => c.monthOffset)).toEqual([2, 4, null]);
    const audit = await db().auditEvent.findFirst({ where: { consortiumId: t.id, action: "cohort.checkInSchedule.update", targetId: cohortId } });
    expect(audit?.data).toEqual({ from: [1, 6, 12], to: [2, 4] });
  });

  it("moves an open check-in to a new date when the cohort's dates change", async () => {
    const { cohortId, traineeId } = await traineeOfNewCohort();
    await db().cohort.update({ where: { id: cohortId }, data: { startDate: monthsFromToday(-2), endDate: monthsFromToday(10) } });
    expect(await updateCheckInScheduleAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, months: [1, 6] })).toMatchObject({ ok: true });
    const six = (await checkInsOf(traineeId)).find((c) => c.monthOffset === 6)!;
    expect(iso(six.dueDate)).toBe(iso(monthsFromToday(4)));
  });

  it("refuses months that are not whole months from 1 to 24, and changes nothing", async () => {
    const { cohortId, traineeId } = await traineeOfNewCohort();
    const before = await checkInsOf(traineeId);
    for (const months of ["0, 6", "1, 30", "ett, sex", "1.5", Array.from({ length: 13 }, (_, i) => i + 1).join(",")]) {
      const result = await updateCheckInScheduleAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, months });
      expect(result, months).toEqual({ ok: false, error: "validation", fieldErrors: { months: "checkIns.schedule.monthsInvalid" } });
    }
    expect((await db().cohort.findUniqueOrThrow({ where: { id: cohortId } })).checkInMonths).toEqual([1, 6, 12]);
    expect(await checkInsOf(traineeId)).toEqual(before);
  });

  it("an empty list leaves only the end-of-programme check-in", async () => {
    const { cohortId, traineeId } = await traineeOfNewCohort();
    expect(await updateCheckInScheduleAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, months: "" })).toMatchObject({ ok: true });
    expect((await checkInsOf(traineeId)).map((c) => c.monthOffset)).toEqual([null]);
  });

  it("another consortium's cohort is notFound, and nothing changes there", async () => {
    const before = await checkInsOf(other.traineeId);
    const result = await updateCheckInScheduleAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: other.cohortId, months: "2" });
    expect(result).toMatchObject({ ok: false, error: "notFound" });
    expect((await db().cohort.findUniqueOrThrow({ where: { id: other.cohortId } })).checkInMonths).toEqual([1, 6, 12]);
    expect(await checkInsOf(other.traineeId)).toEqual(before);
  });
});

describe("recording a check-in", () => {
  it("stores the structured notes, the day held at noon in the consortium's zone, and an audit event without notes", async () => {
    const { traineeId } = await traineeOfNewCohort();
    const id = await firstCheckInOf(t, traineeId);
    const input = checkInInput(id);
    expect(await recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, input)).toEqual({ ok: true, data: undefined });
    const row = await db().checkIn.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ wellbeing: 4, nextSteps: input.nextSteps, sharedNote: input.sharedNote, privateNote: input.privateNote, completedById: t.users.COORDINATOR.id });
    expect(utcToZoned(row.completedAt!, ZONE)).toBe(`${input.heldOn}T12:00`);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { consortiumId: t.id, targetId: id, action: "checkin.record" } });
    expect(JSON.stringify(audit.data)).not.toContain(input.privateNote);
    expect(JSON.stringify(audit.data)).not.toContain(input.sharedNote);
  });

  it("can be edited later: notes replaced or cleared, the first recorder kept, the edit audited", async () => {
    const { traineeId } = await traineeOfNewCohort();
    const id = await firstCheckInOf(t, traineeId);
    await recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, checkInInput(id));
    const second = await addMember(t.id, "COORDINATOR", null, "checkins-second");
    const edit = { ...checkInInput(id), wellbeing: "2", nextSteps: "Ny plan.", privateNote: "  " };
    expect(await recordCheckInAction.runAs(second, t.slug, edit)).toMatchObject({ ok: true });
    const row = await db().checkIn.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ wellbeing: 2, nextSteps: "Ny plan.", privateNote: null, completedById: t.users.COORDINATOR.id });
    expect(await db().auditEvent.count({ where: { targetId: id, action: "checkin.update", actorUserId: second.id } })).toBe(1);
  });

  it("refuses a bad wellbeing, a date in the future or before the cohort, and a bad date — nothing changes", async () => {
    const { traineeId } = await traineeOfNewCohort();
    const id = await firstCheckInOf(t, traineeId);
    const before = await db().checkIn.findUniqueOrThrow({ where: { id } });
    const run = (change: Record<string, unknown>) => recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, { ...checkInInput(id), ...change });
    for (const wellbeing of [0, 6, "", 2.5]) {
      expect(await run({ wellbeing })).toEqual({ ok: false, error: "validation", fieldErrors: { wellbeing: "validation.score" } });
    }
    const tomorrow = iso(new Date(todayIn(ZONE).getTime() + 86_400_000));
    expect(await run({ heldOn: tomorrow })).toEqual({ ok: false, error: "validation", fieldErrors: { heldOn: "checkIns.record.heldInFuture" } });
    expect(await run({ heldOn: iso(monthsFromToday(-4)) })).toEqual({ ok: false, error: "validation", fieldErrors: { heldOn: "checkIns.record.heldBeforeStart" } });
    expect(await run({ heldOn: "2026-13-45" })).toMatchObject({ ok: false, fieldErrors: { heldOn: "validation.date" } });
    expect(await run({ sharedNote: "x".repeat(4001) })).toMatchObject({ ok: false, fieldErrors: { sharedNote: "validation.tooBig" } });
    expect(await db().checkIn.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("a check-in of another consortium is notFound, and stays as it was", async () => {
    const id = await firstCheckInOf(other);
    const before = await db().checkIn.findUniqueOrThrow({ where: { id } });
    expect(await recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, checkInInput(id))).toMatchObject({ ok: false, error: "notFound" });
    expect(await db().checkIn.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { targetId: id } })).toBe(0);
  });

  it("only a coordinator records: the employer contact and the trainee are forbidden", async () => {
    const id = await firstCheckInOf(t);
    for (const role of ["EMPLOYER", "TRAINEE", "STEERING"] as const) {
      expect(await recordCheckInAction.runAs(t.users[role], t.slug, checkInInput(id))).toMatchObject({ ok: false, error: "forbidden" });
    }
  });
});

describe("the coordinator's lists", () => {
  it("shows open check-ins with the overdue ones first, done ones apart, and filters by cohort", async () => {
    const { cohortId, traineeId } = await traineeOfNewCohort();
    const [first] = await checkInsOf(traineeId);
    const data = await withTenant(t.id, null, (tx) => listCheckIns(tx, t.id, { cohortId }));
    expect(data.selected?.id).toBe(cohortId);
    expect(data.open.map((c) => c.trainee.id)).toEqual([traineeId, traineeId, traineeId]);
    expect(data.open[0]).toMatchObject({ id: first.id, monthOffset: 1 });
    expect(data.open[0].dueDate < todayIn(ZONE)).toBe(true);
    await recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, { ...checkInInput(first.id), heldOn: weekAgo() });
    const after = await withTenant(t.id, null, (tx) => listCheckIns(tx, t.id, { cohortId }));
    expect(after.done.map((c) => c.id)).toEqual([first.id]);
    expect(after.open).toHaveLength(2);
    const all = await withTenant(t.id, null, (tx) => listCheckIns(tx, t.id, { cohortId: other.cohortId }));
    expect(all.selected).toBeNull();
    expect(all.open.some((c) => c.trainee.id === other.traineeId)).toBe(false);
  });

  it("the dashboard lists overdue and next-30-days check-ins of this consortium only", async () => {
    const { traineeId } = await traineeOfNewCohort();
    const data = await withTenant(t.id, null, (tx) => loadCoordinatorDashboard(tx, t.id, ZONE));
    const limit = new Date(data.checkIns.today.getTime() + 30 * 86_400_000);
    expect(data.checkIns.due.every((c) => !c.completedAt && c.dueDate <= limit)).toBe(true);
    expect(data.checkIns.due.some((c) => c.trainee.id === traineeId && c.monthOffset === 1)).toBe(true);
    expect(data.checkIns.due.some((c) => c.monthOffset === null)).toBe(false);
    expect(data.checkIns.due.some((c) => c.trainee.id === other.traineeId)).toBe(false);
  });
});

describe("scheduling twice at once", () => {
  it("adds each check-in once when two schedule runs for a cohort overlap", async () => {
    const { cohortId, traineeId } = await traineeOfNewCohort();
    await db().checkIn.deleteMany({ where: { traineeId } });
    await Promise.all([1, 2, 3].map(() => withTenant(t.id, null, (tx) => scheduleCheckIns(tx, t.id, cohortId))));
    const offsets = (await checkInsOf(traineeId)).map((c) => c.monthOffset);
    expect(offsets).toHaveLength(new Set(offsets).size);
    expect(offsets.length).toBeGreaterThan(1);
  });
});
