import { CHECK_IN_HORIZON_DAYS } from "../dashboards/inbox";
import type { Tx } from "../db/tenant";
import { listGatheringsOfCohorts } from "../gatherings/service";
import { MENTOR_FIELDS, PLACEMENT_FIELDS, SHARED_CHECKIN_FIELDS } from "./selects";

/**
 * What an employer contact sees of the trainee year: each trainee of a running or finished cohort
 * who has (or had) a placement at their employer, with all of that trainee's placements (a rotation
 * shows where they go next), mentor and buddy, the shared part of completed check-ins, and the
 * gathering plans of those cohorts. Trainees never placed at this employer are not read at all.
 */
export async function listEmployerTrainees(tx: Tx, consortiumId: string, employerId: string | null) {
  if (!employerId) return { trainees: [], cohorts: [] };
  const trainees = await tx.trainee.findMany({
    where: {
      consortiumId,
      cohort: { consortiumId, status: { in: ["RUNNING", "FINISHED"] } },
      placements: { some: { consortiumId, employerId } },
    },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      endedAt: true,
      cohort: { select: { id: true, name: true, status: true, startDate: true, endDate: true } },
      placements: { where: { consortiumId }, select: PLACEMENT_FIELDS, orderBy: { startDate: "asc" } },
      mentors: { where: { consortiumId }, select: MENTOR_FIELDS, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
      checkIns: {
        where: { consortiumId, completedAt: { not: null } },
        select: SHARED_CHECKIN_FIELDS,
        orderBy: { dueDate: "asc" },
      },
    },
    orderBy: [{ cohort: { startDate: "desc" } }, { name: "asc" }, { id: "asc" }],
  });
  const cohortMap = new Map(trainees.map((t) => [t.cohort.id, t.cohort]));
  const { upcoming, past } = await listGatheringsOfCohorts(tx, consortiumId, [...cohortMap.keys()]);
  const cohorts = [...cohortMap.values()].map((cohort) => ({
    ...cohort,
    upcoming: upcoming.filter((g) => g.cohortId === cohort.id),
    past: past.filter((g) => g.cohortId === cohort.id),
  }));
  return { trainees, cohorts };
}

export type EmployerTrainees = Awaited<ReturnType<typeof listEmployerTrainees>>;

/**
 * The check-ins the employer dashboard counts as "next" (lib/dashboards/inbox.ts, same
 * conditions): not held yet, due within the horizon or already late, for active trainees placed at
 * this employer now or later. Only when and with whom: the notes belong to the coordinator.
 */
export async function listEmployerNextCheckIns(tx: Tx, consortiumId: string, employerId: string | null, today: Date) {
  if (!employerId) return [];
  const horizon = new Date(today.getTime() + CHECK_IN_HORIZON_DAYS * 86_400_000);
  return tx.checkIn.findMany({
    where: {
      consortiumId,
      completedAt: null,
      dueDate: { lte: horizon },
      trainee: { consortiumId, status: "ACTIVE", placements: { some: { consortiumId, employerId, endDate: { gte: today } } } },
    },
    select: { id: true, monthOffset: true, dueDate: true, completedAt: true, trainee: { select: { id: true, name: true } } },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
}
