import { listDueCheckIns } from "../checkins/service";
import { todayIn } from "../i18n/zoned-time";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import type { ApplicationStage, CampaignStatus } from "../db/generated/enums";

export const STAGES: ApplicationStage[] = [
  "SUBMITTED",
  "SCREENING",
  "SHORTLISTED",
  "INTERVIEW",
  "OFFER",
  "HIRED",
  "REJECTED",
  "WITHDRAWN",
];

/**
 * How many sent applications (not drafts) ranked posting `p` (a correlated subquery on the postings' alias
 * `p`). Prisma's `_count` with a relation filter joins the count of every preference of the
 * tenant before picking the postings; this counts only the postings shown.
 */
export const sentPreferenceCount = (consortiumId: string) => Prisma.sql`(
  SELECT count(*)::int FROM "ApplicationPreference" ap
    JOIN "Application" a ON a.id = ap."applicationId" AND a."consortiumId" = ${consortiumId}
   WHERE ap."consortiumId" = ${consortiumId} AND ap."postingId" = p.id AND a.stage <> 'DRAFT')`;

interface OpenPostingRow {
  id: string;
  campaignId: string;
  title: string;
  places: number;
  employerName: string;
  applicants: number;
  openCount: number;
}

/** The eight latest published postings with their applicants, and how many are published in all: one statement. */
async function loadOpenPostings(tx: Tx, consortiumId: string) {
  const rows = await tx.$queryRaw<OpenPostingRow[]>`
    SELECT p.id, p."campaignId", p.title, p.places, p."employerName", p."openCount", ${sentPreferenceCount(consortiumId)} AS applicants
      FROM (SELECT p.id, p."campaignId", p.title, p.places, p."publishedAt", e.name AS "employerName", count(*) OVER ()::int AS "openCount"
              FROM "Posting" p JOIN "Employer" e ON e.id = p."employerId" AND e."consortiumId" = ${consortiumId}
             WHERE p."consortiumId" = ${consortiumId} AND p.status = 'PUBLISHED'
             ORDER BY p."publishedAt" DESC NULLS FIRST, p.id LIMIT 8) p
     ORDER BY p."publishedAt" DESC NULLS FIRST, p.id`;
  return {
    openPostingCount: rows[0]?.openCount ?? 0,
    openPostings: rows.map((r) => ({ id: r.id, campaignId: r.campaignId, title: r.title, places: r.places, employer: { name: r.employerName }, _count: { preferences: r.applicants } })),
  };
}

/** Members by status and pending invitations, counted in one statement. */
async function loadCounts(tx: Tx, consortiumId: string) {
  const [row] = await tx.$queryRaw<{ active: number; total: number; invitations: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*)::int AS total,
           (SELECT count(*)::int FROM "Invitation"
             WHERE "consortiumId" = ${consortiumId} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > ${new Date()}) AS invitations
      FROM "Employer" WHERE "consortiumId" = ${consortiumId}`;
  return row;
}

interface PipelineRow {
  id: string;
  closesAt: Date;
  status: CampaignStatus;
  cohortName: string;
  stage: ApplicationStage | null;
  n: number;
}

/** The latest open or closed campaign with its sent applications counted by stage: one statement. */
async function loadCampaignPipeline(tx: Tx, consortiumId: string) {
  const rows = await tx.$queryRaw<PipelineRow[]>`
    WITH ca AS (SELECT ca.id, ca."closesAt", ca.status, co.name AS "cohortName"
                  FROM "Campaign" ca JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = ${consortiumId}
                 WHERE ca."consortiumId" = ${consortiumId} AND ca.status IN ('OPEN', 'CLOSED')
                 ORDER BY ca."opensAt" DESC LIMIT 1)
    SELECT ca.id, ca."closesAt", ca.status, ca."cohortName", a.stage, count(a.id)::int AS n
      FROM ca LEFT JOIN "Application" a ON a."consortiumId" = ${consortiumId} AND a."campaignId" = ca.id AND a.stage <> 'DRAFT'
     GROUP BY ca.id, ca."closesAt", ca.status, ca."cohortName", a.stage`;
  const first = rows[0];
  if (!first) return null;
  const byStage = new Map(rows.map((r) => [r.stage, r.n]));
  return {
    id: first.id,
    closesAt: first.closesAt,
    status: first.status,
    cohort: { name: first.cohortName },
    stages: STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
    total: rows.reduce((sum, r) => sum + r.n, 0),
  };
}

/** What a coordinator sees first: members, open postings, the campaign's pipeline, the cohort, check-ins due. */
export async function loadCoordinatorDashboard(tx: Tx, consortiumId: string, timeZone: string) {
  const [counts, postings, campaign, runningCohort] = await Promise.all([
    loadCounts(tx, consortiumId),
    loadOpenPostings(tx, consortiumId),
    loadCampaignPipeline(tx, consortiumId),
    tx.cohort.findFirst({
      where: { consortiumId, status: "RUNNING" },
      orderBy: { startDate: "desc" },
      select: { id: true, name: true, startDate: true, endDate: true, _count: { select: { trainees: true } } },
    }),
  ]);
  const feeRules = await tx.feeRule.findMany({
    where: { consortiumId, OR: [{ validUntil: null }, { validUntil: { gte: new Date() } }] },
    select: { id: true, kind: true, amountMinor: true, minThreshold: true, maxThreshold: true },
    orderBy: [{ kind: "asc" }, { minThreshold: "asc" }],
  });
  // Check-ins to act on: overdue ones and those due within the next 30 days.
  const today = todayIn(timeZone);
  const dueCheckIns = await listDueCheckIns(tx, consortiumId, new Date(today.getTime() + 30 * 86_400_000));
  return {
    members: { active: counts.active, total: counts.total },
    ...postings,
    campaign,
    runningCohort,
    pendingInvitations: counts.invitations,
    feeRules,
    checkIns: { today, due: dueCheckIns },
  };
}
