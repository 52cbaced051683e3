import type { Prisma } from "../db/generated/client";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { MOVABLE_STAGES, PAGE_SIZE, type ReviewFilters } from "./schemas";
import { cancelBookings } from "../interviews/cancel";
import type { InterviewConsortium } from "../interviews/notify";
import { resolveSelection, type Selection } from "./selection";
import { pseudonymsOf, queryReviewTable, type ReviewTableRow } from "./table";

/** Until shortlisted, anonymised screening hides who the applicant is. */
export const REVEALED: ApplicationStage[] = ["SHORTLISTED", "INTERVIEW", "OFFER", "HIRED"];

export async function listReviewCampaigns(tx: Tx, consortiumId: string) {
  return tx.campaign.findMany({
    where: { consortiumId },
    select: { id: true, status: true, maxPreferences: true, cohort: { select: { name: true } } },
    orderBy: { opensAt: "desc" },
  });
}

/** What the table and the board show of an application. */
export const REVIEW_ROW = {
  id: true,
  stage: true,
  submittedAt: true,
  applicant: {
    select: { firstName: true, lastName: true, university: true, field: true, educationLevel: true, ties: true, gender: true },
  },
  preferences: { where: { rank: 1 }, select: { posting: { select: { title: true } } } },
  evaluations: { select: { rating: true } },
} satisfies Prisma.ApplicationSelect;

export const REVIEW_ORDER: Prisma.ApplicationOrderByWithRelationInput[] = [{ submittedAt: "asc" }, { id: "asc" }];

/** Anonymised screening names nobody until this stage; the page says so. */
export const NAMES_FROM_STAGE: ApplicationStage = "SHORTLISTED";

type ReviewRow = Prisma.ApplicationGetPayload<{ select: typeof REVIEW_ROW }>;

/** `number` is the application's pseudonym number (table.ts `pseudonymsOf`): "Applicant 7" everywhere. */
export function toReviewItem(row: ReviewRow, number: number | null, anonymised: boolean) {
  const ratings = row.evaluations.map((e) => e.rating);
  return tableItem(
    {
      ...row,
      ...row.applicant,
      firstChoice: row.preferences[0]?.posting.title ?? null,
      ratingSum: ratings.reduce((a, b) => a + b, 0),
      ratingCount: ratings.length,
    },
    number,
    anonymised,
  );
}

function tableItem(row: ReviewTableRow, number: number | null, anonymised: boolean) {
  const hidden = anonymised && !REVEALED.includes(row.stage);
  return {
    id: row.id,
    stage: row.stage,
    submittedAt: row.submittedAt,
    name: hidden ? null : `${row.firstName} ${row.lastName}`,
    number,
    university: hidden ? null : row.university,
    field: row.field,
    educationLevel: row.educationLevel,
    ties: row.ties,
    firstChoice: row.firstChoice,
    rating: row.ratingCount ? row.ratingSum / row.ratingCount : null,
    ratingCount: row.ratingCount,
  };
}

export async function listApplications(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters) {
  const { total, rows } = await queryReviewTable(tx, consortiumId, campaignId, f);
  const numbers = f.anonymised ? await pseudonymsOf(tx, consortiumId, campaignId, rows.map((r) => r.id)) : new Map<string, number>();
  const items = rows.map((row) => tableItem(row, numbers.get(row.id) ?? null, f.anonymised));
  return { total, items, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The choices of the filter form: the campaign's applicants' fields and the employers with postings in it. */
export async function listReviewFilterOptions(tx: Tx, consortiumId: string, campaignId: string) {
  const [fields, employers, postings] = await Promise.all([
    // Prisma's `distinct` fetches every applicant and dedupes in memory; the database does it here.
    tx.$queryRaw<{ field: string }[]>`
      SELECT DISTINCT p.field FROM "Applicant" p
       WHERE p."consortiumId" = ${consortiumId}
         AND EXISTS (SELECT 1 FROM "Application" a WHERE a."consortiumId" = ${consortiumId} AND a."applicantId" = p.id AND a."campaignId" = ${campaignId})`,
    tx.employer.findMany({ where: { consortiumId, postings: { some: { campaignId } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    tx.posting.findMany({ where: { consortiumId, campaignId }, select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  return { fields: fields.map((a) => a.field).sort((a, b) => a.localeCompare(b)), employers, postings };
}

/** Stages a coordinator's move never touches: they have their own steps (or none). */
export const LOCKED_STAGES: ApplicationStage[] = ["DRAFT", "WITHDRAWN", "OFFER", "HIRED"];

/** Where a coordinator may move an application from its stage (none from offers, hires, withdrawals). */
export function movesFrom(stage: ApplicationStage): (typeof MOVABLE_STAGES)[number][] {
  return LOCKED_STAGES.includes(stage) ? [] : MOVABLE_STAGES.filter((s) => s !== stage);
}

/** The next step forward from a stage, the likely move. */
export function nextStage(stage: ApplicationStage): (typeof MOVABLE_STAGES)[number] | undefined {
  const order = MOVABLE_STAGES as readonly string[];
  return movesFrom(stage).find((s) => s !== "REJECTED" && order.indexOf(s) > order.indexOf(stage));
}

/**
 * Moves applications to a stage in one transaction. Ticked rows must all be applications of this
 * consortium that a coordinator may move, or nothing moves. "All N matching" moves those of them
 * that can move and counts the others (offers, hires, withdrawals) as skipped.
 */
export async function moveApplications(tx: Tx, actor: { consortium: InterviewConsortium; userId: string }, selection: Selection, stage: ApplicationStage) {
  const consortiumId = actor.consortium.id;
  const unique = await resolveSelection(tx, consortiumId, selection);
  const found = await tx.application.findMany({
    where: { id: { in: unique }, consortiumId },
    select: { id: true, stage: true },
  });
  if (found.length !== unique.length) throw new AppError("notFound");
  const locked = found.filter((a) => LOCKED_STAGES.includes(a.stage));
  if (locked.length && !selection.match) throw new AppError("stageLocked");
  const current = found.filter((a) => !LOCKED_STAGES.includes(a.stage) && a.stage !== stage);
  const now = new Date();
  // Leaving the interview stage ends a booking: the candidate's calendar entry is cancelled.
  await cancelBookings(tx, actor.consortium, current.filter((a) => a.stage === "INTERVIEW").map((a) => a.id), actor.userId, now);
  await tx.application.updateMany({
    where: { id: { in: current.map((a) => a.id) }, consortiumId },
    data: { stage, stageChangedAt: now },
  });
  await tx.auditEvent.createMany({
    data: current.map((a) => ({
      consortiumId,
      actorUserId: actor.userId,
      action: "application.stage",
      targetType: "Application",
      targetId: a.id,
      data: { from: a.stage, to: stage },
    })),
  });
  return { moved: current.length, skipped: locked.length, moves: current };
}
