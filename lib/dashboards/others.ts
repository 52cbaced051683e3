import type { Tx } from "../db/tenant";
import { SENT_APPLICATIONS } from "./coordinator";

/** An employer contact's own postings (with how many applicants ranked each) and own trainees. */
export async function loadEmployerDashboard(tx: Tx, consortiumId: string, employerId: string) {
  const [postings, placements] = await Promise.all([
    tx.posting.findMany({
      where: { consortiumId, employerId },
      select: {
        id: true,
        title: true,
        status: true,
        places: true,
        campaign: { select: { closesAt: true, cohort: { select: { name: true } } } },
        _count: { select: { preferences: { where: SENT_APPLICATIONS } } },
      },
      orderBy: { createdAt: "desc" },
    }),
    tx.placement.findMany({
      where: { consortiumId, employerId, trainee: { status: "ACTIVE" } },
      select: {
        id: true,
        startDate: true,
        endDate: true,
        trainee: { select: { id: true, name: true, cohort: { select: { name: true } } } },
      },
      orderBy: { startDate: "asc" },
    }),
  ]);
  return { postings, placements };
}

/** A graduate's own applications in this consortium and where each stands. */
export async function loadApplicantDashboard(tx: Tx, consortiumId: string, userId: string) {
  return tx.application.findMany({
    where: { consortiumId, applicant: { userId } },
    select: {
      id: true,
      stage: true,
      submittedAt: true,
      campaign: { select: { closesAt: true, cohort: { select: { name: true } } } },
      preferences: { select: { rank: true, posting: { select: { title: true } } }, orderBy: { rank: "asc" } },
    },
    orderBy: { createdAt: "desc" },
  });
}

/** Every cohort with its trainees counted by status: the steering group's first view. */
export async function loadSteeringDashboard(tx: Tx, consortiumId: string) {
  const [cohorts, counts] = await Promise.all([
    tx.cohort.findMany({
      where: { consortiumId },
      select: { id: true, name: true, startDate: true, endDate: true, status: true },
      orderBy: { startDate: "desc" },
    }),
    tx.trainee.groupBy({ by: ["cohortId", "status"], where: { consortiumId }, _count: { _all: true } }),
  ]);
  return cohorts.map((cohort) => {
    const of = (status: string) =>
      counts.find((c) => c.cohortId === cohort.id && c.status === status)?._count._all ?? 0;
    const active = of("ACTIVE");
    const completed = of("COMPLETED");
    const droppedOut = of("DROPPED_OUT");
    return { ...cohort, trainees: active + completed + droppedOut, active, completed, droppedOut };
  });
}
