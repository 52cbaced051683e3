import type { Tx } from "../db/tenant";
import type { PostingStatus } from "../db/generated/enums";
import { discloseReport } from "../disclosure/report";
import { loadCachedOutcomeReport } from "../metrics/cached-report";
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

/**
 * Every cohort with its trainees, completed and dropped out: the steering group's first view. The
 * figures are the outcome report's for all cohorts, disclosed as there (lib/disclosure), so this
 * page hides what the outcome page, the board report, the CSV and the API hide for the same
 * cohorts, and together they give nothing back by subtraction.
 */
export async function loadSteeringDashboard(tx: Tx, consortiumId: string) {
  const report = discloseReport(await loadCachedOutcomeReport(tx, consortiumId, {}), false);
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  return [...report.cohorts].reverse().map((c) => ({
    id: c.cohortId,
    name: c.name,
    startDate: day(c.startDate),
    endDate: day(c.endDate),
    status: c.status,
    trainees: c.funnel.hired,
    completed: c.outcomes.completed.count,
    droppedOut: c.outcomes.droppedOut.count,
  }));
}
