import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordCheckInAction } from "@/lib/checkins/actions";
import { loadTraineeDashboard } from "@/lib/dashboards/trainee";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { renewCalendarTokenAction } from "@/lib/trainees/actions";
import { listEmployerTrainees } from "@/lib/trainees/employer-view";
import { exportMyTraineeData } from "@/lib/trainees/export";
import { getMyProgramme, myCalendarFeedPath } from "@/lib/trainees/self";
import { checkInInput, firstCheckInOf } from "../support/authorization-checkins";
import { addMember, createRunningCohort, createTenant, createTraineeIn, monthsFromToday, type TenantFixture } from "../support/fixtures";

const ZONE = "Europe/Stockholm";
const PRIVATE = `Privat: oro för ekonomin ${randomUUID().slice(0, 6)}`;
const SHARED = `Delat: trivs i teamet ${randomUUID().slice(0, 6)}`;
let t: TenantFixture;
let other: TenantFixture;
let secondEmployerId: string;
let thirdEmployerId: string;

const db = () => systemDb();
const as = <T>(consortiumId: string, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(consortiumId, null, fn);

async function employerIn(consortiumId: string, name: string) {
  const employer = await db().employer.create({
    data: { consortiumId, name, orgNumber: `${randomUUID().slice(0, 6)}-0000`, sector: "PUBLIC", sizeBand: "FROM_250", municipality: "Arvika", memberSince: new Date("2025-01-01") },
  });
  return employer.id;
}

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("views"), createTenant("views-other")]);
  secondEmployerId = await employerIn(t.id, "Arvika kommun");
  thirdEmployerId = await employerIn(t.id, "Hammarö kommun");
  // The fixture trainee rotates: the fixture employer first, then the second employer.
  const cohort = await db().cohort.findUniqueOrThrow({ where: { id: t.cohortId } });
  const [placement] = await db().placement.findMany({ where: { traineeId: t.traineeId } });
  const switchOn = monthsFromToday(1);
  await db().placement.update({ where: { id: placement.id }, data: { endDate: new Date(switchOn.getTime() - 86_400_000) } });
  await db().placement.create({ data: { consortiumId: t.id, traineeId: t.traineeId, employerId: secondEmployerId, startDate: switchOn, endDate: cohort.endDate } });
  await db().mentorAssignment.create({ data: { consortiumId: t.id, traineeId: t.traineeId, kind: "MENTOR", personName: "Maria Sundberg", personEmail: "maria@employer.example" } });
  const gathering = await db().gathering.create({
    data: { consortiumId: t.id, cohortId: t.cohortId, title: "Ledarskapskurs", type: "COURSE", startsAt: new Date(Date.now() - 20 * 86_400_000), endsAt: new Date(Date.now() - 19 * 86_400_000), place: "Karlstad" },
  });
  await db().attendance.create({ data: { consortiumId: t.id, gatheringId: gathering.id, traineeId: t.traineeId, status: "PRESENT" } });
  const checkInId = await firstCheckInOf(t);
  const recorded = await recordCheckInAction.runAs(t.users.COORDINATOR, t.slug, { ...checkInInput(checkInId), sharedNote: SHARED, privateNote: PRIVATE });
  if (!recorded.ok) throw new Error(recorded.error);
});

describe("the employer contact's view", () => {
  it("shows the trainee placed with them, all placements, mentor, gatherings and the shared notes — never the private one", async () => {
    const data = await as(t.id, (tx) => listEmployerTrainees(tx, t.id, t.employerId));
    expect(data.trainees.map((x) => x.id)).toEqual([t.traineeId]);
    const [trainee] = data.trainees;
    expect(trainee.placements.map((p) => p.employerId)).toEqual([t.employerId, secondEmployerId]);
    expect(trainee.mentors).toMatchObject([{ kind: "MENTOR", personName: "Maria Sundberg", personEmail: "maria@employer.example" }]);
    expect(trainee.checkIns).toHaveLength(1);
    expect(trainee.checkIns[0]).toMatchObject({ sharedNote: SHARED, wellbeing: 4 });
    expect(trainee.checkIns[0]).not.toHaveProperty("privateNote");
    expect(JSON.stringify(data)).not.toContain(PRIVATE);
    expect(JSON.stringify(data)).not.toContain("privateNote");
    expect(data.cohorts).toMatchObject([{ id: t.cohortId, upcoming: [], past: [{ title: "Ledarskapskurs" }] }]);
  });

  it("the next employer of a rotation sees the trainee too", async () => {
    const data = await as(t.id, (tx) => listEmployerTrainees(tx, t.id, secondEmployerId));
    expect(data.trainees.map((x) => x.id)).toEqual([t.traineeId]);
  });

  it("an employer the trainee was never placed with sees nothing of them", async () => {
    const data = await as(t.id, (tx) => listEmployerTrainees(tx, t.id, thirdEmployerId));
    expect(data).toEqual({ trainees: [], cohorts: [] });
    const none = await as(t.id, (tx) => listEmployerTrainees(tx, t.id, null));
    expect(none).toEqual({ trainees: [], cohorts: [] });
  });

  it("another consortium's employer sees nothing, even naming this employer", async () => {
    const data = await as(other.id, (tx) => listEmployerTrainees(tx, other.id, t.employerId));
    expect(data.trainees).toEqual([]);
    const mine = await as(other.id, (tx) => listEmployerTrainees(tx, other.id, other.employerId));
    expect(mine.trainees.map((x) => x.id)).toEqual([other.traineeId]);
  });

  it("leaves out trainees of cohorts that have not started", async () => {
    const planned = await createRunningCohort(t.id, `Planned ${randomUUID().slice(0, 4)}`, 2);
    await db().cohort.update({ where: { id: planned }, data: { status: "PLANNED" } });
    const future = await createTraineeIn(t, planned);
    const data = await as(t.id, (tx) => listEmployerTrainees(tx, t.id, t.employerId));
    expect(data.trainees.map((x) => x.id)).not.toContain(future);
  });
});

describe("the trainee's own page and data", () => {
  it("shows their placements, gatherings with their attendance, check-ins and mentor — never the private note", async () => {
    const data = await as(t.id, (tx) => getMyProgramme(tx, t.id, t.users.TRAINEE.id));
    expect(data?.id).toBe(t.traineeId);
    expect(data!.placements.map((p) => p.employerId)).toEqual([t.employerId, secondEmployerId]);
    expect(data!.gatherings).toMatchObject([{ title: "Ledarskapskurs", attendance: "PRESENT" }]);
    expect(data!.checkIns.find((c) => c.completedAt)).toMatchObject({ sharedNote: SHARED });
    expect(JSON.stringify(data)).not.toContain(PRIVATE);
    expect(JSON.stringify(data)).not.toContain("privateNote");
  });

  it("a person hired twice sees the latest cohort", async () => {
    const user = await addMember(t.id, "TRAINEE", null, "twice");
    const earlier = await createRunningCohort(t.id, `Earlier ${randomUUID().slice(0, 4)}`, -20);
    const later = await createRunningCohort(t.id, `Later ${randomUUID().slice(0, 4)}`, -1);
    await createTraineeIn(t, earlier, user);
    const latest = await createTraineeIn(t, later, user);
    expect((await as(t.id, (tx) => getMyProgramme(tx, t.id, user.id)))?.id).toBe(latest);
    expect(await as(t.id, (tx) => exportMyTraineeData(tx, t.id, user.id))).toHaveLength(2);
  });

  it("someone without a trainee record has no page, and nobody reads another consortium's trainee", async () => {
    expect(await as(t.id, (tx) => getMyProgramme(tx, t.id, t.users.APPLICANT.id))).toBeNull();
    expect(await as(other.id, (tx) => getMyProgramme(tx, other.id, t.users.TRAINEE.id))).toBeNull();
  });

  it("exports their trainee record, placements, attendance, check-ins and follow-ups without private notes or secrets", async () => {
    await db().followUp.create({ data: { consortiumId: t.id, traineeId: t.traineeId, wave: "END", tokenHash: `hash-${randomUUID()}`, sentAt: new Date() } });
    await as(t.id, (tx) => myCalendarFeedPath(tx, { id: t.id, slug: t.slug }, t.traineeId));
    const [record] = await as(t.id, (tx) => exportMyTraineeData(tx, t.id, t.users.TRAINEE.id));
    expect(record.placements).toHaveLength(2);
    expect(record.attendances).toMatchObject([{ status: "PRESENT", gathering: { title: "Ledarskapskurs" } }]);
    expect(record.checkIns.find((c) => c.completedAt)).toMatchObject({ sharedNote: SHARED, nextSteps: expect.any(String) });
    expect(record.followUps).toMatchObject([{ wave: "END" }]);
    expect(record.mentors).toEqual([{ kind: "MENTOR", name: "Maria Sundberg", email: "maria@employer.example" }]);
    const text = JSON.stringify(record);
    const { calendarToken } = await db().trainee.findUniqueOrThrow({ where: { id: t.traineeId } });
    for (const secret of [PRIVATE, "privateNote", "tokenHash", "hash-", calendarToken!]) expect(text).not.toContain(secret);
  });

  it("the dashboard shows the cohort, the placement now, and the next check-in", async () => {
    const data = await as(t.id, (tx) => loadTraineeDashboard(tx, t.id, t.users.TRAINEE.id, ZONE));
    expect(data).toMatchObject({ placementIsCurrent: true, placement: { employer: { name: "Employer views" } }, checkIn: { monthOffset: 6 } });
    expect(await as(t.id, (tx) => loadTraineeDashboard(tx, t.id, t.users.STEERING.id, ZONE))).toBeNull();
  });
});

describe("the calendar feed", () => {
  it("a new address replaces the old one, and the change is audited", async () => {
    const before = await as(t.id, (tx) => myCalendarFeedPath(tx, { id: t.id, slug: t.slug }, t.traineeId));
    const again = await as(t.id, (tx) => myCalendarFeedPath(tx, { id: t.id, slug: t.slug }, t.traineeId));
    expect(again).toBe(before);
    const result = await renewCalendarTokenAction.runAs(t.users.TRAINEE, t.slug, {});
    expect(result).toMatchObject({ ok: true });
    const { path } = (result as { data: { path: string } }).data;
    expect(path).not.toBe(before);
    expect(path).toMatch(new RegExp(`^/api/c/${t.slug}/calendar/[\\w-]{32}$`));
    const { calendarToken } = await db().trainee.findUniqueOrThrow({ where: { id: t.traineeId } });
    expect(path.endsWith(calendarToken!)).toBe(true);
    expect(await db().auditEvent.count({ where: { consortiumId: t.id, action: "trainee.calendarToken.renew", targetId: t.traineeId } })).toBe(1);
  });

  it("a trainee role without a trainee record is notFound, and an employer is forbidden", async () => {
    const user = await addMember(t.id, "TRAINEE", null, "no-record");
    expect(await renewCalendarTokenAction.runAs(user, t.slug, {})).toMatchObject({ ok: false, error: "notFound" });
    expect(await renewCalendarTokenAction.runAs(t.users.EMPLOYER, t.slug, {})).toMatchObject({ ok: false, error: "forbidden" });
  });
});
