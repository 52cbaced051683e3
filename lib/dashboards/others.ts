import type { Tx } from "../db/tenant";
import type { PostingStatus } from "../db/generated/enums";
import { sentPreferenceCount } from "./coordinator";

interface EmployerPostingRow {
  id: string;
  title: string;
  status: PostingStatus;
  places: number;
  closesAt: Date;
  cohortName: string;
  applicants: number;
}

/** Every posting of the employer, of every year, with its campaign and applicants: one statement. */
async function loadEmployerPostings(tx: Tx, consortiumId: string, employerId: string) {
  const rows = await tx.$queryRaw<EmployerPostingRow[]>`
    SELECT p.id, p.title, p.status, p.places, ca."closesAt", co.name AS "cohortName", ${sentPreferenceCount(consortiumId)} AS applicants
      FROM "Posting" p
      JOIN "Campaign" ca ON ca.id = p."campaignId" AND ca."consortiumId" = ${consortiumId}
      JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = ${consortiumId}
     WHERE p."consortiumId" = ${consortiumId} AND p."employerId" = ${employerId}
     ORDER BY p."createdAt" DESC, p.id`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    places: r.places,
    campaign: { closesAt: r.closesAt, cohort: { name: r.cohortName } },
    _count: { preferences: r.applicants },
  }));
}

/** An employer contact's own postings (with how many applicants ranked each) and own trainees. */
export async function loadEmployerDashboard(tx: Tx, consortiumId: string, employerId: string) {
  const [postings, placements] = await Promise.all([
    loadEmployerPostings(tx, consortiumId, employerId),
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
