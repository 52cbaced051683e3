import type { Prisma } from "../db/generated/client";
import type { TraineeStatus } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { spanOn } from "../placements/rules";
import { AppError } from "../server/errors";

const STATUSES: TraineeStatus[] = ["ACTIVE", "COMPLETED", "DROPPED_OUT"];

/** Every cohort of the consortium, newest first, with its trainees counted by status. */
export async function listCohorts(tx: Tx, consortiumId: string) {
  const [cohorts, counts] = await Promise.all([
    tx.cohort.findMany({
      where: { consortiumId },
      select: { id: true, name: true, startDate: true, endDate: true, status: true },
      orderBy: [{ startDate: "desc" }, { name: "asc" }],
    }),
    tx.trainee.groupBy({ by: ["cohortId", "status"], where: { consortiumId }, _count: { _all: true } }),
  ]);
  return cohorts.map((cohort) => {
    const of = (status: TraineeStatus) => counts.find((c) => c.cohortId === cohort.id && c.status === status)?._count._all ?? 0;
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, of(s)])) as Record<TraineeStatus, number>;
    return { ...cohort, byStatus, total: STATUSES.reduce((sum, s) => sum + byStatus[s], 0) };
  });
}

export async function getCohort(tx: Tx, consortiumId: string, cohortId: string) {
  const cohort = await tx.cohort.findFirst({
    where: { id: cohortId, consortiumId },
    select: { id: true, name: true, startDate: true, endDate: true, status: true, programmeMonths: true },
  });
  if (!cohort) throw new AppError("notFound");
  return cohort;
}

/** A trainee's mentor (name and email) and buddy (name and the buddy's cohort). */
export const ASSIGNMENT_FIELDS = {
  id: true,
  kind: true,
  personName: true,
  personEmail: true,
  buddy: { select: { id: true, name: true, cohort: { select: { name: true } } } },
} satisfies Prisma.MentorAssignmentSelect;

export const PLACEMENT_ROW = {
  id: true,
  startDate: true,
  endDate: true,
  plannedEndDate: true,
  endReason: true,
  employer: { select: { id: true, name: true } },
} satisfies Prisma.PlacementSelect;

/** The cohort page: each trainee with placements, today's employer, mentor, buddy and status. */
export async function getCohortOverview(tx: Tx, consortiumId: string, cohortId: string, today: Date) {
  const cohort = await getCohort(tx, consortiumId, cohortId);
  const trainees = await tx.trainee.findMany({
    where: { consortiumId, cohortId },
    select: {
      id: true,
      name: true,
      status: true,
      endedAt: true,
      dropoutReason: true,
      placements: { select: PLACEMENT_ROW, orderBy: { startDate: "asc" } },
      mentors: { select: ASSIGNMENT_FIELDS, orderBy: { createdAt: "desc" } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return {
    cohort,
    trainees: trainees.map(({ mentors, ...trainee }) => ({
      ...trainee,
      current: spanOn(trainee.placements, today)?.employer ?? null,
      mentor: mentors.find((m) => m.kind === "MENTOR") ?? null,
      buddy: mentors.find((m) => m.kind === "BUDDY")?.buddy ?? null,
    })),
  };
}
