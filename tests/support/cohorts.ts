import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { addDays, isoDay } from "@/lib/placements/rules";
import { todayIn } from "@/lib/i18n/zoned-time";
import { createRunningCohort, createTraineeIn, type TenantFixture } from "./fixtures";

// Test data for cohorts and placements: each test gets trainees of its own, so that no test (and no
// other helper's test) sees placements, mentors or a status another one changed.

const db = () => systemDb();

/** The fixture's running cohort's dates, as ISO days and Dates. */
export async function cohortOf(t: TenantFixture, cohortId = t.cohortId) {
  const cohort = await db().cohort.findUniqueOrThrow({ where: { id: cohortId } });
  return { ...cohort, start: isoDay(cohort.startDate), end: isoDay(cohort.endDate) };
}

/** Today in the fixture's zone (Europe/Stockholm), and days from it, as ISO days. */
export const today = () => todayIn("Europe/Stockholm");
export const dayFromToday = (days: number) => isoDay(addDays(today(), days));

/** A trainee of the running cohort: placed at the fixture's employer for the whole cohort, or with no placement. */
export async function freshTrainee(t: TenantFixture, { placed = true, cohortId = t.cohortId } = {}) {
  const id = await createTraineeIn({ id: t.id, employerId: t.employerId }, cohortId, null, `Trainee ${randomUUID().slice(0, 6)}`);
  if (!placed) await db().placement.deleteMany({ where: { traineeId: id } });
  return id;
}

export async function placementsOf(traineeId: string) {
  return db().placement.findMany({ where: { traineeId }, orderBy: { startDate: "asc" } });
}

/** An upcoming placement (a month from now, for a month) of a fresh trainee with nothing else. */
export async function upcomingPlacement(t: TenantFixture) {
  const traineeId = await freshTrainee(t, { placed: false });
  const placement = await db().placement.create({
    data: { consortiumId: t.id, traineeId, employerId: t.employerId, startDate: addDays(today(), 30), endDate: addDays(today(), 60) },
  });
  return placement.id;
}

/** A new member employer of the fixture's consortium. */
export async function newEmployerIn(t: TenantFixture, name = `Employer ${randomUUID().slice(0, 4)}`) {
  const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");
  const employer = await db().employer.create({
    data: {
      consortiumId: t.id,
      name,
      orgNumber: `${digits(6)}-${digits(4)}`,
      sector: "PRIVATE",
      sizeBand: "FROM_10_TO_49",
      municipality: "Arvika",
      memberSince: new Date("2024-01-01"),
    },
  });
  return employer.id;
}

const secondEmployers = new Map<string, Promise<string>>();
/** Another member employer of the fixture's consortium, made once per consortium. */
export function secondEmployerOf(t: TenantFixture): Promise<string> {
  if (!secondEmployers.has(t.id)) secondEmployers.set(t.id, newEmployerIn(t, `Second employer ${randomUUID().slice(0, 4)}`));
  return secondEmployers.get(t.id)!;
}

const earlierCohorts = new Map<string, Promise<string>>();
/** A finished cohort that started fifteen months ago, made once per consortium. */
export function earlierCohortOf(t: TenantFixture): Promise<string> {
  if (!earlierCohorts.has(t.id)) {
    earlierCohorts.set(
      t.id,
      createRunningCohort(t.id, `Earlier ${randomUUID().slice(0, 6)}`, -15).then(async (id) => {
        await db().cohort.update({ where: { id }, data: { status: "FINISHED" } });
        return id;
      }),
    );
  }
  return earlierCohorts.get(t.id)!;
}

/** An alumnus of the earlier cohort: someone who can be a buddy. */
export async function alumnusOf(t: TenantFixture) {
  const cohortId = await earlierCohortOf(t);
  const id = await createTraineeIn({ id: t.id, employerId: t.employerId }, cohortId, null, `Alumnus ${randomUUID().slice(0, 6)}`);
  await db().trainee.update({ where: { id }, data: { status: "COMPLETED" } });
  return id;
}

/** Everything about a trainee that the coordinator's forms can change, to compare before and after. */
export async function snapshotOf(traineeId: string) {
  const trainee = await db().trainee.findUniqueOrThrow({
    where: { id: traineeId },
    include: { placements: { orderBy: { startDate: "asc" } }, mentors: { orderBy: { createdAt: "asc" } } },
  });
  // Consortium-wide: a refused change must not leave an audit event on any target either.
  const audits = await db().auditEvent.count({ where: { consortiumId: trainee.consortiumId } });
  return { ...trainee, updatedAt: null, audits };
}
