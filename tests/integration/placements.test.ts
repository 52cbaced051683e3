import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { addPlacementAction, moveTraineeAction, planRotationAction, removePlacementAction, updatePlacementAction } from "@/lib/placements/actions";
import { addDays, isoDay, toDay } from "@/lib/placements/rules";
import { addMonths } from "@/lib/retention/rules";
import { cohortOf, dayFromToday, freshTrainee, newEmployerIn, placementsOf, secondEmployerOf, snapshotOf, today, upcomingPlacement } from "../support/cohorts";
import { createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let other: TenantFixture;
let cohort: Awaited<ReturnType<typeof cohortOf>>;
let second: string;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("placements"), createTenant("placements-other")]);
  cohort = await cohortOf(t);
  second = await secondEmployerOf(t);
});

const as = () => t.users.COORDINATOR;
const days = (list: { startDate: Date; endDate: Date; employerId: string }[]) =>
  list.map((p) => ({ employerId: p.employerId, startDate: isoDay(p.startDate), endDate: isoDay(p.endDate) }));

/** Runs a refused call and checks that it changed nothing about the trainee (nor wrote an audit event). */
async function refused(traineeId: string, call: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshotOf(traineeId);
  expect(await call()).toMatchObject({ ok: false, ...expected });
  expect(await snapshotOf(traineeId)).toEqual(before);
}

describe("adding a placement", () => {
  it("stores the span and records who did it", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    const result = await addPlacementAction.runAs(as(), t.slug, { traineeId, employerId: t.employerId, startDate: cohort.start, endDate: dayFromToday(0) });
    expect(result).toMatchObject({ ok: true });
    expect(days(await placementsOf(traineeId))).toEqual([{ employerId: t.employerId, startDate: cohort.start, endDate: dayFromToday(0) }]);
    const audit = await systemDb().auditEvent.findFirst({ where: { consortiumId: t.id, action: "placement.add", targetId: (result as { data: { id: string } }).data.id } });
    expect(audit?.actorUserId).toBe(as().id);
  });

  it("refuses an end before the start, a span outside the cohort, and an overlap; adjacent spans are fine", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    const add = (startDate: string, endDate: string, employerId = t.employerId) =>
      addPlacementAction.runAs(as(), t.slug, { traineeId, employerId, startDate, endDate });
    expect(await add(cohort.start, dayFromToday(0))).toMatchObject({ ok: true });
    await refused(traineeId, () => add(dayFromToday(10), dayFromToday(5)), { error: "validation", fieldErrors: { endDate: "validation.endBeforeStart" } });
    await refused(traineeId, () => add(isoDay(addDays(cohort.startDate, -1)), dayFromToday(-10)), { error: "placementOutsideCohort" });
    await refused(traineeId, () => add(dayFromToday(30), isoDay(addDays(cohort.endDate, 1))), { error: "placementOutsideCohort" });
    await refused(traineeId, () => add(dayFromToday(0), dayFromToday(20), second), { error: "placementOverlap" });
    await refused(traineeId, () => add(isoDay(addDays(cohort.startDate, 5)), isoDay(addDays(cohort.startDate, 6))), { error: "placementOverlap" });
    expect(await add(dayFromToday(1), cohort.end, second)).toMatchObject({ ok: true });
    expect(await placementsOf(traineeId)).toHaveLength(2);
  });

  it("refuses another consortium's employer or trainee, an unknown trainee and a trainee who has left", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    const input = { traineeId, employerId: t.employerId, startDate: cohort.start, endDate: dayFromToday(0) };
    await refused(traineeId, () => addPlacementAction.runAs(as(), t.slug, { ...input, employerId: other.employerId }), { error: "notFound" });
    const foreign = await freshTrainee(other, { placed: false });
    await refused(foreign, () => addPlacementAction.runAs(as(), t.slug, { ...input, traineeId: foreign }), { error: "notFound" });
    expect(await addPlacementAction.runAs(as(), t.slug, { ...input, traineeId: "no-such-trainee" })).toMatchObject({ ok: false, error: "notFound" });
    await systemDb().trainee.update({ where: { id: traineeId }, data: { status: "DROPPED_OUT", endedAt: today(), dropoutReason: "Flyttade" } });
    await refused(traineeId, () => addPlacementAction.runAs(as(), t.slug, input), { error: "traineeEnded" });
  });

  it("offers no new placement at a member that has left, while its existing ones can still be corrected", async () => {
    const left = await newEmployerIn(t);
    const traineeId = await freshTrainee(t, { placed: false });
    const input = { traineeId, employerId: left, startDate: cohort.start, endDate: dayFromToday(0) };
    const kept = await addPlacementAction.runAs(as(), t.slug, input);
    expect(kept).toMatchObject({ ok: true });
    await systemDb().employer.update({ where: { id: left }, data: { status: "LEFT", memberUntil: new Date() } });
    const other = await freshTrainee(t, { placed: false });
    await refused(other, () => addPlacementAction.runAs(as(), t.slug, { ...input, traineeId: other }), { error: "validation", fieldErrors: { employerId: "validation.employerLeft" } });
    const placementId = (kept as { data: { id: string } }).data.id;
    expect(await updatePlacementAction.runAs(as(), t.slug, { placementId, employerId: left, startDate: cohort.start, endDate: dayFromToday(1) })).toMatchObject({ ok: true });
  });

  it("changes no placement of a trainee who has completed or dropped out", async () => {
    const traineeId = await freshTrainee(t);
    const [placement] = await placementsOf(traineeId);
    const upcoming = await systemDb().placement.update({ where: { id: placement.id }, data: { startDate: toDay(dayFromToday(5)) } });
    await systemDb().trainee.update({ where: { id: traineeId }, data: { status: "COMPLETED", endedAt: cohort.endDate } });
    const calls = [
      () => updatePlacementAction.runAs(as(), t.slug, { placementId: upcoming.id, employerId: second, startDate: dayFromToday(5), endDate: cohort.end }),
      () => removePlacementAction.runAs(as(), t.slug, { placementId: upcoming.id }),
      () => planRotationAction.runAs(as(), t.slug, { traineeId, startDate: dayFromToday(5), legs: [{ employerId: second }] }),
      () => moveTraineeAction.runAs(as(), t.slug, { traineeId, employerId: second, fromDate: dayFromToday(9), reason: "Flytt" }),
    ];
    for (const call of calls) await refused(traineeId, call, { error: "traineeEnded" });
  });

  it("lets exactly one of two overlapping additions at the same moment win", async () => {
    for (let round = 0; round < 3; round++) {
      const traineeId = await freshTrainee(t, { placed: false });
      const results = await Promise.all([
        addPlacementAction.runAs(as(), t.slug, { traineeId, employerId: t.employerId, startDate: cohort.start, endDate: dayFromToday(10) }),
        addPlacementAction.runAs(as(), t.slug, { traineeId, employerId: second, startDate: dayFromToday(0), endDate: cohort.end }),
      ]);
      expect(results.map((r) => (r.ok ? "ok" : r.error)).sort()).toEqual(["ok", "placementOverlap"]);
      expect(await placementsOf(traineeId)).toHaveLength(1);
    }
  });
});

describe("changing and removing a placement", () => {
  it("corrects employer and dates under the same rules", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    const add = (startDate: string, endDate: string) => addPlacementAction.runAs(as(), t.slug, { traineeId, employerId: t.employerId, startDate, endDate });
    const first = await add(cohort.start, dayFromToday(0));
    await add(dayFromToday(1), cohort.end);
    const id = (first as { data: { id: string } }).data.id;
    const update = (input: Record<string, string>) =>
      updatePlacementAction.runAs(as(), t.slug, { placementId: id, employerId: second, startDate: cohort.start, endDate: dayFromToday(-1), ...input });
    expect(await update({})).toMatchObject({ ok: true });
    expect(days(await placementsOf(traineeId))[0]).toEqual({ employerId: second, startDate: cohort.start, endDate: dayFromToday(-1) });
    await refused(traineeId, () => update({ endDate: dayFromToday(1) }), { error: "placementOverlap" });
    await refused(traineeId, () => update({ startDate: isoDay(addDays(cohort.startDate, -3)) }), { error: "placementOutsideCohort" });
    await refused(traineeId, () => update({ employerId: other.employerId }), { error: "notFound" });
    const foreign = (await placementsOf(await freshTrainee(other)))[0];
    await refused(foreign.traineeId, () => update({ placementId: foreign.id, employerId: other.employerId }), { error: "notFound" });
  });

  it("removes a placement only while it has not started", async () => {
    const upcoming = await upcomingPlacement(t);
    expect(await removePlacementAction.runAs(as(), t.slug, { placementId: upcoming })).toMatchObject({ ok: true });
    expect(await systemDb().placement.count({ where: { id: upcoming } })).toBe(0);
    const traineeId = await freshTrainee(t);
    const [started] = await placementsOf(traineeId);
    await refused(traineeId, () => removePlacementAction.runAs(as(), t.slug, { placementId: started.id }), { error: "placementStarted" });
    const foreign = await upcomingPlacement(other);
    expect(await removePlacementAction.runAs(as(), t.slug, { placementId: foreign })).toMatchObject({ ok: false, error: "notFound" });
    expect(await systemDb().placement.count({ where: { id: foreign } })).toBe(1);
  });
});

describe("planning a rotation", () => {
  it("lays out 3 × 4 months from the cohort's start, each leg ending the day before the next", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    const third = await newEmployerIn(t);
    const legs = [{ employerId: t.employerId, months: 4 }, { employerId: second, months: 4 }, { employerId: third, months: "4" }];
    expect(await planRotationAction.runAs(as(), t.slug, { traineeId, startDate: "", legs })).toMatchObject({ ok: true, data: { placements: 3, replaced: 0 } });
    const start = cohort.startDate;
    expect(days(await placementsOf(traineeId))).toEqual([
      { employerId: t.employerId, startDate: isoDay(start), endDate: isoDay(addDays(addMonths(start, 4), -1)) },
      { employerId: second, startDate: isoDay(addMonths(start, 4)), endDate: isoDay(addDays(addMonths(start, 8), -1)) },
      { employerId: third, startDate: isoDay(addMonths(start, 8)), endDate: isoDay(addDays(addMonths(start, 12), -1)) },
    ]);
  });

  it("gives one employer the whole programme when the only leg has no months", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    expect(await planRotationAction.runAs(as(), t.slug, { traineeId, legs: [{ employerId: second, months: "" }] })).toMatchObject({ ok: true });
    expect(days(await placementsOf(traineeId))).toEqual([{ employerId: second, startDate: cohort.start, endDate: cohort.end }]);
  });

  it("replaces placements not yet started and keeps the started ones", async () => {
    const traineeId = await freshTrainee(t, { placed: false });
    await addPlacementAction.runAs(as(), t.slug, { traineeId, employerId: t.employerId, startDate: cohort.start, endDate: dayFromToday(0) });
    await addPlacementAction.runAs(as(), t.slug, { traineeId, employerId: t.employerId, startDate: dayFromToday(1), endDate: cohort.end });
    const from = dayFromToday(1);
    const result = await planRotationAction.runAs(as(), t.slug, { traineeId, startDate: from, legs: [{ employerId: second, months: 2 }, { employerId: t.employerId }] });
    expect(result).toMatchObject({ ok: true, data: { placements: 2, replaced: 1 } });
    expect(days(await placementsOf(traineeId))).toEqual([
      { employerId: t.employerId, startDate: cohort.start, endDate: dayFromToday(0) },
      { employerId: second, startDate: from, endDate: isoDay(addDays(addMonths(toDay(from), 2), -1)) },
      { employerId: t.employerId, startDate: isoDay(addMonths(toDay(from), 2)), endDate: cohort.end },
    ]);
  });

  it("refuses a plan that runs into a started placement, past the cohort's end, or names a foreign employer, and keeps the old plan", async () => {
    const traineeId = await freshTrainee(t);
    await systemDb().placement.update({ where: { id: (await placementsOf(traineeId))[0].id }, data: { endDate: toDay(dayFromToday(0)) } });
    await systemDb().placement.create({ data: { consortiumId: t.id, traineeId, employerId: second, startDate: toDay(dayFromToday(1)), endDate: cohort.endDate } });
    const plan = (input: Record<string, unknown>) => planRotationAction.runAs(as(), t.slug, { traineeId, legs: [{ employerId: second }], ...input });
    await refused(traineeId, () => plan({}), { error: "placementOverlap" });
    await refused(traineeId, () => plan({ startDate: dayFromToday(1), legs: [{ employerId: second, months: 12 }] }), { error: "placementOutsideCohort" });
    await refused(traineeId, () => plan({ startDate: dayFromToday(1), legs: [{ employerId: other.employerId }] }), { error: "notFound" });
    await refused(traineeId, () => plan({ startDate: dayFromToday(1), legs: [{ employerId: second }, { employerId: t.employerId, months: 2 }] }), {
      error: "validation",
      fieldErrors: { "legs.0.months": "placements.rotation.monthsRequired" },
    });
  });
});

describe("moving a trainee", () => {
  it("ends the running placement the day before, keeps its plan and reason, and starts a new one", async () => {
    const traineeId = await freshTrainee(t);
    const [before] = await placementsOf(traineeId);
    const from = dayFromToday(7);
    const result = await moveTraineeAction.runAs(as(), t.slug, { traineeId, employerId: second, fromDate: from, reason: "Bättre matchning" });
    expect(result).toMatchObject({ ok: true });
    const [old, moved] = await placementsOf(traineeId);
    expect(old).toMatchObject({ id: before.id, employerId: t.employerId, endReason: "Bättre matchning", plannedEndDate: before.endDate });
    expect(isoDay(old.endDate)).toBe(dayFromToday(6));
    expect(days([moved])).toEqual([{ employerId: second, startDate: from, endDate: cohort.end }]);
    expect(await systemDb().auditEvent.count({ where: { consortiumId: t.id, action: "placement.move", targetId: moved.id } })).toBe(1);
    // A second move keeps the first plan of the first placement and cuts the new one.
    expect(await moveTraineeAction.runAs(as(), t.slug, { traineeId, employerId: t.employerId, fromDate: dayFromToday(40), endDate: dayFromToday(60), reason: "Tillbaka" })).toMatchObject({ ok: true });
    expect((await placementsOf(traineeId)).map((p) => p.endReason)).toEqual(["Bättre matchning", "Tillbaka", null]);
  });

  it("refuses a day with no placement, a placement's first day, the same employer, a foreign employer and an overlap", async () => {
    const traineeId = await freshTrainee(t);
    const [placement] = await placementsOf(traineeId);
    await systemDb().placement.update({ where: { id: placement.id }, data: { endDate: toDay(dayFromToday(30)) } });
    await systemDb().placement.create({ data: { consortiumId: t.id, traineeId, employerId: second, startDate: toDay(dayFromToday(31)), endDate: cohort.endDate } });
    const move = (input: Record<string, string>) =>
      moveTraineeAction.runAs(as(), t.slug, { traineeId, employerId: second, fromDate: dayFromToday(7), reason: "Omorganisation", ...input });
    await refused(traineeId, () => move({ fromDate: isoDay(addDays(cohort.endDate, 1)) }), { error: "validation", fieldErrors: { fromDate: "placements.move.noPlacement" } });
    await refused(traineeId, () => move({ fromDate: cohort.start }), { error: "validation", fieldErrors: { fromDate: "placements.move.onFirstDay" } });
    await refused(traineeId, () => move({ fromDate: dayFromToday(40) }), { error: "validation", fieldErrors: { employerId: "placements.move.sameEmployer" } });
    await refused(traineeId, () => move({ employerId: other.employerId }), { error: "notFound" });
    await refused(traineeId, () => move({ endDate: dayFromToday(45) }), { error: "placementOverlap" });
    await refused(traineeId, () => move({ reason: " " }), { error: "validation", fieldErrors: { reason: "validation.required" } });
  });
});
