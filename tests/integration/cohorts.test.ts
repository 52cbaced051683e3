import { beforeAll, describe, expect, it } from "vitest";
import { recordOutcomeAction, removeBuddyAction, removeMentorAction, setBuddyAction, setMentorAction, setTraineeStatusAction } from "@/lib/cohorts/actions";
import { getCohortOverview, listCohorts } from "@/lib/cohorts/service";
import { getTraineeDetail } from "@/lib/cohorts/trainee";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { moveTraineeAction } from "@/lib/placements/actions";
import { addDays, isoDay } from "@/lib/placements/rules";
import { alumnusOf, cohortOf, dayFromToday, freshTrainee, placementsOf, secondEmployerOf, snapshotOf, today } from "../support/cohorts";
import { addMember, createRunningCohort, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let other: TenantFixture;
let cohort: Awaited<ReturnType<typeof cohortOf>>;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("cohorts"), createTenant("cohorts-other")]);
  cohort = await cohortOf(t);
  await systemDb().consortium.update({ where: { id: t.id }, data: { municipalities: ["Arvika", "Karlstad", "Torsby"] } });
});

const as = () => t.users.COORDINATOR;
const read = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.id, null, fn);
const mentorsOf = (traineeId: string) => systemDb().mentorAssignment.findMany({ where: { traineeId }, orderBy: { createdAt: "asc" } });

async function refused(traineeId: string, call: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshotOf(traineeId);
  expect(await call()).toMatchObject({ ok: false, ...expected });
  expect(await snapshotOf(traineeId)).toEqual(before);
}

describe("the cohort pages' data", () => {
  it("lists every cohort with its trainees counted by status", async () => {
    const fixture = await createTenant("cohorts-list");
    const dropped = await freshTrainee(fixture);
    await systemDb().trainee.update({ where: { id: dropped }, data: { status: "DROPPED_OUT" } });
    const cohorts = await withTenant(fixture.id, null, (tx) => listCohorts(tx, fixture.id));
    const running = cohorts.find((c) => c.id === fixture.cohortId);
    expect(running).toMatchObject({ status: "RUNNING", byStatus: { ACTIVE: 1, COMPLETED: 0, DROPPED_OUT: 1 }, total: 2 });
    expect(cohorts.map((c) => c.status)).toContain("RECRUITING");
  });

  it("shows each trainee's placements, today's employer, mentor and buddy; another consortium's cohort is not found", async () => {
    const traineeId = await freshTrainee(t);
    const second = await secondEmployerOf(t);
    await moveTraineeAction.runAs(as(), t.slug, { traineeId, employerId: second, fromDate: dayFromToday(0), reason: "Ny roll" });
    await setMentorAction.runAs(as(), t.slug, { traineeId, name: "Maria Sundberg", email: "maria@employer.test.example" });
    const alumnus = await alumnusOf(t);
    await setBuddyAction.runAs(as(), t.slug, { traineeId, buddyTraineeId: alumnus });
    const overview = await read((tx) => getCohortOverview(tx, t.id, t.cohortId, today()));
    const row = overview.trainees.find((r) => r.id === traineeId)!;
    expect(row.placements).toHaveLength(2);
    expect(row.current?.id).toBe(second);
    expect(row.mentor).toMatchObject({ personName: "Maria Sundberg", personEmail: "maria@employer.test.example" });
    expect(row.buddy?.id).toBe(alumnus);
    expect(row.buddy?.cohort.name).toMatch(/^Earlier/);
    await expect(read((tx) => getCohortOverview(tx, t.id, other.cohortId, today()))).rejects.toMatchObject({ code: "notFound" });
  });

  it("opens a trainee only under their own cohort", async () => {
    const detail = await read((tx) => getTraineeDetail(tx, t.id, t.cohortId, t.traineeId));
    expect(detail.trainee.id).toBe(t.traineeId);
    const elsewhere = await createRunningCohort(t.id);
    await expect(read((tx) => getTraineeDetail(tx, t.id, elsewhere, t.traineeId))).rejects.toMatchObject({ code: "notFound" });
    await expect(read((tx) => getTraineeDetail(tx, t.id, t.cohortId, other.traineeId))).rejects.toMatchObject({ code: "notFound" });
  });

  it("offers the placed employers' contact people as mentors", async () => {
    const contact = await addMember(t.id, "EMPLOYER", t.employerId, "mentor-contact");
    const detail = await read((tx) => getTraineeDetail(tx, t.id, t.cohortId, t.traineeId));
    expect(detail.contacts.map((c) => c.email)).toContain(contact.email);
  });
});

describe("mentor", () => {
  it("sets, replaces and removes the one mentor, each change recorded", async () => {
    const traineeId = await freshTrainee(t);
    expect(await setMentorAction.runAs(as(), t.slug, { traineeId, name: "Anna Lind", email: "anna@employer.test.example" })).toMatchObject({ ok: true });
    expect(await setMentorAction.runAs(as(), t.slug, { traineeId, name: "Per Olsson", email: "PER@employer.test.example" })).toMatchObject({ ok: true });
    expect(await mentorsOf(traineeId)).toMatchObject([{ kind: "MENTOR", personName: "Per Olsson", personEmail: "per@employer.test.example" }]);
    expect(await removeMentorAction.runAs(as(), t.slug, { traineeId })).toMatchObject({ ok: true });
    expect(await mentorsOf(traineeId)).toEqual([]);
    const actions = await systemDb().auditEvent.findMany({ where: { targetId: traineeId, action: { startsWith: "trainee.mentor" } } });
    expect(actions.map((a) => a.action).sort()).toEqual(["trainee.mentor.remove", "trainee.mentor.set", "trainee.mentor.set"]);
  });

  it("refuses a bad email, a missing name and another consortium's trainee", async () => {
    const traineeId = await freshTrainee(t);
    await refused(traineeId, () => setMentorAction.runAs(as(), t.slug, { traineeId, name: "Anna", email: "not-an-email" }), { fieldErrors: { email: "validation.email" } });
    await refused(traineeId, () => setMentorAction.runAs(as(), t.slug, { traineeId, name: " ", email: "a@b.example" }), { fieldErrors: { name: "validation.required" } });
    const foreign = await freshTrainee(other);
    await refused(foreign, () => setMentorAction.runAs(as(), t.slug, { traineeId: foreign, name: "Anna", email: "a@b.example" }), { error: "notFound" });
    await refused(foreign, () => removeMentorAction.runAs(as(), t.slug, { traineeId: foreign }), { error: "notFound" });
  });
});

describe("buddy", () => {
  it("takes a trainee of an earlier cohort, replaces and removes", async () => {
    const traineeId = await freshTrainee(t);
    const [first, second] = [await alumnusOf(t), await alumnusOf(t)];
    expect(await setBuddyAction.runAs(as(), t.slug, { traineeId, buddyTraineeId: first })).toMatchObject({ ok: true });
    expect(await setBuddyAction.runAs(as(), t.slug, { traineeId, buddyTraineeId: second })).toMatchObject({ ok: true });
    expect(await mentorsOf(traineeId)).toMatchObject([{ kind: "BUDDY", buddyTraineeId: second }]);
    expect(await removeBuddyAction.runAs(as(), t.slug, { traineeId })).toMatchObject({ ok: true });
    expect(await mentorsOf(traineeId)).toEqual([]);
  });

  it("refuses a buddy of the same cohort, a later cohort, another consortium or an unknown one", async () => {
    const traineeId = await freshTrainee(t);
    const sameCohort = await freshTrainee(t);
    const later = await freshTrainee(t, { cohortId: await createRunningCohort(t.id, undefined, -1) });
    const set = (buddyTraineeId: string) => setBuddyAction.runAs(as(), t.slug, { traineeId, buddyTraineeId });
    await refused(traineeId, () => set(sameCohort), { error: "buddySameCohort" });
    await refused(traineeId, () => set(traineeId), { error: "buddySameCohort" });
    await refused(traineeId, () => set(later), { error: "validation", fieldErrors: { buddyTraineeId: "trainees.buddy.notEarlier" } });
    const foreign = await alumnusOf(other);
    await refused(traineeId, () => set(foreign), { error: "notFound" });
    await refused(traineeId, () => set("no-such-trainee"), { error: "notFound" });
    await refused(traineeId, () => set(""), { error: "validation", fieldErrors: { buddyTraineeId: "validation.required" } });
  });
});

describe("status", () => {
  it("marks a drop-out with date and reason: the running placement ends that day, later ones go", async () => {
    const traineeId = await freshTrainee(t);
    const second = await secondEmployerOf(t);
    await moveTraineeAction.runAs(as(), t.slug, { traineeId, employerId: second, fromDate: dayFromToday(60), reason: "Rotation" });
    const result = await setTraineeStatusAction.runAs(as(), t.slug, { traineeId, status: "DROPPED_OUT", endedAt: dayFromToday(10), reason: "Fick jobb i Oslo" });
    expect(result).toMatchObject({ ok: true });
    const trainee = await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } });
    expect(trainee).toMatchObject({ status: "DROPPED_OUT", dropoutReason: "Fick jobb i Oslo" });
    expect(isoDay(trainee.endedAt!)).toBe(dayFromToday(10));
    const placements = await placementsOf(traineeId);
    expect(placements).toHaveLength(1);
    expect(placements[0]).toMatchObject({ employerId: t.employerId, endReason: "Fick jobb i Oslo", plannedEndDate: cohort.endDate });
    expect(isoDay(placements[0].endDate)).toBe(dayFromToday(10));
    expect(await systemDb().auditEvent.count({ where: { targetId: traineeId, action: "trainee.status" } })).toBe(1);
  });

  it("marks completed and reopens as active", async () => {
    const traineeId = await freshTrainee(t);
    expect(await setTraineeStatusAction.runAs(as(), t.slug, { traineeId, status: "COMPLETED", endedAt: cohort.end })).toMatchObject({ ok: true });
    expect(await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } })).toMatchObject({ status: "COMPLETED", dropoutReason: null });
    expect(await placementsOf(traineeId)).toHaveLength(1);
    expect(await setTraineeStatusAction.runAs(as(), t.slug, { traineeId, status: "ACTIVE" })).toMatchObject({ ok: true });
    expect(await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } })).toMatchObject({ status: "ACTIVE", endedAt: null, dropoutReason: null });
  });

  it("refuses a drop-out without reason or date, a date outside the cohort, and another consortium's trainee", async () => {
    const traineeId = await freshTrainee(t);
    const set = (input: Record<string, string>) => setTraineeStatusAction.runAs(as(), t.slug, { traineeId, status: "DROPPED_OUT", ...input });
    await refused(traineeId, () => set({ endedAt: dayFromToday(0), reason: "" }), { fieldErrors: { reason: "validation.required" } });
    await refused(traineeId, () => set({ endedAt: "", reason: "Flytt" }), { fieldErrors: { endedAt: "validation.date" } });
    await refused(traineeId, () => set({ endedAt: isoDay(addDays(cohort.endDate, 1)), reason: "Flytt" }), {
      error: "validation",
      fieldErrors: { endedAt: "trainees.status.dateOutsideCohort" },
    });
    await refused(traineeId, () => set({ status: "GONE", endedAt: dayFromToday(0) }), { fieldErrors: { status: "validation.choice" } });
    const foreign = await freshTrainee(other);
    await refused(foreign, () => set({ traineeId: foreign, endedAt: dayFromToday(0), reason: "Flytt" }), { error: "notFound" });
  });
});

describe("end-of-programme outcome", () => {
  const outcome = (traineeId: string, input: Record<string, string> = {}) =>
    recordOutcomeAction.runAs(as(), t.slug, { traineeId, offeredJob: "YES", acceptedOffer: "NO", otherJobInRegion: "YES", residence: "REGION", municipality: "Torsby", ...input });

  it("stores an offer, its answer, other work and a municipality of the region or a place outside it", async () => {
    const traineeId = await freshTrainee(t);
    expect(await outcome(traineeId)).toMatchObject({ ok: true });
    expect(await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } })).toMatchObject({
      offeredJob: "YES",
      acceptedOffer: "NO",
      otherJobInRegion: "YES",
      residenceMunicipality: "Torsby",
    });
    expect(await outcome(traineeId, { offeredJob: "NO", acceptedOffer: "UNKNOWN", residence: "OUTSIDE", elsewhere: "Göteborg" })).toMatchObject({ ok: true });
    expect(await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } })).toMatchObject({ offeredJob: "NO", residenceMunicipality: "Göteborg" });
    expect(await outcome(traineeId, { residence: "UNKNOWN" })).toMatchObject({ ok: true });
    expect((await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } })).residenceMunicipality).toBeNull();
    expect(await systemDb().auditEvent.count({ where: { targetId: traineeId, action: "trainee.outcome" } })).toBe(3);
  });

  it("refuses an answer without an offer, a municipality not of the region, missing places and another consortium's trainee", async () => {
    const traineeId = await freshTrainee(t);
    await refused(traineeId, () => outcome(traineeId, { offeredJob: "NO", acceptedOffer: "YES" }), { fieldErrors: { acceptedOffer: "trainees.outcome.acceptedWithoutOffer" } });
    await refused(traineeId, () => outcome(traineeId, { municipality: "Oslo" }), { error: "validation", fieldErrors: { municipality: "validation.choice" } });
    await refused(traineeId, () => outcome(traineeId, { municipality: "" }), { fieldErrors: { municipality: "validation.required" } });
    await refused(traineeId, () => outcome(traineeId, { residence: "OUTSIDE", elsewhere: "" }), { fieldErrors: { elsewhere: "validation.required" } });
    await refused(traineeId, () => outcome(traineeId, { offeredJob: "MAYBE" }), { fieldErrors: { offeredJob: "validation.choice" } });
    const foreign = await freshTrainee(other);
    await refused(foreign, () => outcome(foreign), { error: "notFound" });
  });
});
