import { listDueCheckIns } from "../checkins/service";
import { todayIn } from "../i18n/zoned-time";
import type { Tx } from "../db/tenant";
import type { ApplicationStage } from "../db/generated/enums";

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

/** Preferences count only for applications actually sent, not drafts. */
export const SENT_APPLICATIONS = { application: { stage: { not: "DRAFT" as const } } };

/** What a coordinator sees first: members, open postings, the campaign's pipeline, the cohort, check-ins due. */
export async function loadCoordinatorDashboard(tx: Tx, consortiumId: string, timeZone: string) {
  const [membersByStatus, openPostings, campaign, runningCohort, pendingInvitations] = await Promise.all([
    tx.employer.groupBy({ by: ["status"], where: { consortiumId }, _count: { _all: true } }),
    tx.posting.findMany({
      where: { consortiumId, status: "PUBLISHED" },
      select: {
        id: true,
        title: true,
        places: true,
        employer: { select: { name: true } },
        _count: { select: { preferences: { where: SENT_APPLICATIONS } } },
      },
      orderBy: { publishedAt: "desc" },
      take: 8,
    }),
    tx.campaign.findFirst({
      where: { consortiumId, status: { in: ["OPEN", "CLOSED"] } },
      orderBy: { opensAt: "desc" },
      select: { id: true, closesAt: true, status: true, cohort: { select: { name: true } } },
    }),
    tx.cohort.findFirst({
      where: { consortiumId, status: "RUNNING" },
      orderBy: { startDate: "desc" },
      select: { id: true, name: true, startDate: true, endDate: true, _count: { select: { trainees: true } } },
    }),
    tx.invitation.count({ where: { consortiumId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } }),
  ]);
  const feeRules = await tx.feeRule.findMany({
    where: { consortiumId, OR: [{ validUntil: null }, { validUntil: { gte: new Date() } }] },
    select: { id: true, kind: true, amountMinor: true, minThreshold: true, maxThreshold: true },
    orderBy: [{ kind: "asc" }, { minThreshold: "asc" }],
  });
  const openPostingCount = await tx.posting.count({ where: { consortiumId, status: "PUBLISHED" } });
  // Check-ins to act on: overdue ones and those due within the next 30 days.
  const today = todayIn(timeZone);
  const dueCheckIns = await listDueCheckIns(tx, consortiumId, new Date(today.getTime() + 30 * 86_400_000));
  const stageCounts = campaign
    ? await tx.application.groupBy({
        by: ["stage"],
        where: { consortiumId, campaignId: campaign.id, stage: { not: "DRAFT" } },
        _count: { _all: true },
      })
    : [];
  const byStage = new Map(stageCounts.map((s) => [s.stage, s._count._all]));
  return {
    members: {
      active: membersByStatus.find((m) => m.status === "ACTIVE")?._count._all ?? 0,
      total: membersByStatus.reduce((sum, m) => sum + m._count._all, 0),
    },
    openPostingCount,
    openPostings,
    campaign: campaign && {
      ...campaign,
      stages: STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
      total: stageCounts.reduce((sum, s) => sum + s._count._all, 0),
    },
    runningCohort,
    pendingInvitations,
    feeRules,
    checkIns: { today, due: dueCheckIns },
  };
}
