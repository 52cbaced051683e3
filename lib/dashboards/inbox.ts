import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { todayIn } from "../i18n/zoned-time";

// The to-do inbox at the top of each role's dashboard: what needs doing, counted in one statement
// per role, each count paired with the filtered list that shows exactly those items
// (components/dashboards/todo-inbox.tsx builds the links).

// Stages in which an application still waits for judgement (review/schemas.ts OPEN_STAGES).
const OPEN_STAGES_SQL = Prisma.raw(`('SUBMITTED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW')`);

export interface CoordinatorInbox {
  /** The campaign the recruitment items count in (the latest open or closed one). */
  campaignId: string | null;
  since: Date | null;
  toApprove: number;
  returned: number;
  newApplications: number;
  unrated: number;
  unbooked: number;
  pendingOffers: number;
  overdueCheckIns: number;
  withoutContact: number;
}

export async function loadCoordinatorInbox(tx: Tx, consortiumId: string, timeZone: string, since: Date | null): Promise<CoordinatorInbox> {
  const today = todayIn(timeZone);
  const [row] = await tx.$queryRaw<Omit<CoordinatorInbox, "since">[]>`WITH ca AS (SELECT id FROM "Campaign" WHERE "consortiumId" = ${consortiumId} AND status IN ('OPEN', 'CLOSED') ORDER BY "opensAt" DESC LIMIT 1),
          apps AS (SELECT a.* FROM "Application" a JOIN ca ON a."campaignId" = ca.id WHERE a."consortiumId" = ${consortiumId} AND a.stage <> 'DRAFT')
     SELECT (SELECT id FROM ca) AS "campaignId",
            (SELECT count(*)::int FROM "Posting" WHERE "consortiumId" = ${consortiumId} AND status = 'SUBMITTED') AS "toApprove",
            (SELECT count(*)::int FROM "Posting" WHERE "consortiumId" = ${consortiumId} AND status = 'RETURNED') AS returned,
            (SELECT count(*)::int FROM apps WHERE ${since}::timestamp IS NULL OR apps."submittedAt" > ${since}::timestamp) AS "newApplications",
            (SELECT count(*)::int FROM apps WHERE apps.stage IN ${OPEN_STAGES_SQL}
                AND NOT EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."consortiumId" = ${consortiumId} AND e."applicationId" = apps.id)) AS unrated,
            (SELECT count(*)::int FROM apps WHERE apps.stage = 'INTERVIEW' AND apps."interviewInvitedAt" IS NOT NULL AND apps."interviewSlotId" IS NULL) AS unbooked,
            (SELECT count(*)::int FROM apps WHERE apps.stage = 'OFFER') AS "pendingOffers",
            (SELECT count(*)::int FROM "CheckIn" ci JOIN "Trainee" t ON t.id = ci."traineeId" AND t."consortiumId" = ${consortiumId}
               JOIN "Cohort" h ON h.id = t."cohortId" AND h."consortiumId" = ${consortiumId}
              WHERE ci."consortiumId" = ${consortiumId} AND ci."completedAt" IS NULL AND ci."dueDate" < ${today}::date
                AND t.status = 'ACTIVE' AND h.status = 'RUNNING') AS "overdueCheckIns",
            (SELECT count(*)::int FROM "Employer" e WHERE e."consortiumId" = ${consortiumId} AND e.status = 'ACTIVE'
                AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."consortiumId" = ${consortiumId} AND m."employerId" = e.id AND m.role = 'EMPLOYER')) AS "withoutContact"`;
  return { ...row, since };
}

export interface EmployerInbox {
  returned: number;
  awaitingRating: number;
  checkInsSoon: number;
}

/** Check-ins of one's trainees due within this many days count as "next". */
export const CHECK_IN_HORIZON_DAYS = 30;

export async function loadEmployerInbox(tx: Tx, consortiumId: string, employerId: string, membershipId: string, timeZone: string): Promise<EmployerInbox> {
  const today = todayIn(timeZone);
  const horizon = new Date(today.getTime() + CHECK_IN_HORIZON_DAYS * 86_400_000);
  const [row] = await tx.$queryRaw<EmployerInbox[]>`SELECT (SELECT count(*)::int FROM "Posting" WHERE "consortiumId" = ${consortiumId} AND "employerId" = ${employerId} AND status = 'RETURNED') AS returned,
            (SELECT count(*)::int FROM "Application" a JOIN "Campaign" ca ON ca.id = a."campaignId" AND ca."consortiumId" = ${consortiumId}
              WHERE a."consortiumId" = ${consortiumId} AND ca.status <> 'CLOSED' AND a.stage IN ${OPEN_STAGES_SQL}
                AND EXISTS (SELECT 1 FROM "ApplicationPreference" p JOIN "Posting" po ON po.id = p."postingId"
                             WHERE p."consortiumId" = ${consortiumId} AND p."applicationId" = a.id AND po."employerId" = ${employerId})
                AND NOT EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."consortiumId" = ${consortiumId} AND e."applicationId" = a.id AND e."reviewerId" = ${membershipId})) AS "awaitingRating",
            (SELECT count(*)::int FROM "CheckIn" ci JOIN "Trainee" t ON t.id = ci."traineeId" AND t."consortiumId" = ${consortiumId}
              WHERE ci."consortiumId" = ${consortiumId} AND ci."completedAt" IS NULL AND ci."dueDate" <= ${horizon}::date AND t.status = 'ACTIVE'
                AND EXISTS (SELECT 1 FROM "Placement" pl WHERE pl."consortiumId" = ${consortiumId} AND pl."traineeId" = t.id AND pl."employerId" = ${employerId}
                               AND pl."endDate" >= ${today}::date)) AS "checkInsSoon"`;
  return row;
}

export interface SteeringInbox {
  since: Date | null;
  newAnswers: number;
  endedCohorts: number;
}

/** What changed in the outcome figures since the steering member last looked: new survey answers, cohorts that ended. */
export async function loadSteeringInbox(tx: Tx, consortiumId: string, timeZone: string, since: Date | null): Promise<SteeringInbox> {
  const today = todayIn(timeZone);
  const [row] = await tx.$queryRaw<Omit<SteeringInbox, "since">[]>`SELECT (SELECT count(*)::int FROM "FollowUp" WHERE "consortiumId" = ${consortiumId} AND "answeredAt" IS NOT NULL
                AND (${since}::timestamp IS NULL OR "answeredAt" > ${since}::timestamp)) AS "newAnswers",
            (SELECT count(*)::int FROM "Cohort" WHERE "consortiumId" = ${consortiumId} AND "endDate" < ${today}::date
                AND (${since}::timestamp IS NULL OR "endDate" >= ${since}::timestamp::date)) AS "endedCohorts"`;
  return { ...row, since };
}
