import type { Prisma } from "../db/generated/client";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { PAGE_SIZE, type ReviewFilters } from "./schemas";
import { queryReviewTable, type ReviewTableRow } from "./table";

/** Until shortlisted, anonymised screening hides who the applicant is. */
const REVEALED: ApplicationStage[] = ["SHORTLISTED", "INTERVIEW", "OFFER", "HIRED"];

export async function listReviewCampaigns(tx: Tx, consortiumId: string) {
  return tx.campaign.findMany({
    where: { consortiumId },
    select: { id: true, status: true, maxPreferences: true, cohort: { select: { name: true } } },
    orderBy: { opensAt: "desc" },
  });
}

/** The filters as one `where`; a minimum rating is an average, so it is looked up first. */
export async function reviewWhere(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters): Promise<Prisma.ApplicationWhereInput> {
  const rated = f.minRating
    ? await tx.evaluation.groupBy({
        by: ["applicationId"],
        where: { consortiumId, application: { campaignId } },
        having: { rating: { _avg: { gte: f.minRating } } },
      })
    : null;
  return {
    consortiumId,
    campaignId,
    stage: f.stage ?? { not: "DRAFT" },
    ...(rated ? { id: { in: rated.map((r) => r.applicationId) } } : {}),
    ...(f.employerId || f.rank
      ? { preferences: { some: { ...(f.employerId ? { posting: { employerId: f.employerId } } : {}), ...(f.rank ? { rank: { lte: f.rank } } : {}) } } }
      : {}),
    applicant: {
      ...(f.field ? { field: f.field } : {}),
      ...(f.educationLevel ? { educationLevel: f.educationLevel } : {}),
      ...(f.tie ? { ties: { has: f.tie } } : {}),
      ...(f.q && !f.anonymised
        ? {
            OR: [
              { firstName: { contains: f.q, mode: "insensitive" } },
              { lastName: { contains: f.q, mode: "insensitive" } },
              { email: { contains: f.q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
  };
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

type ReviewRow = Prisma.ApplicationGetPayload<{ select: typeof REVIEW_ROW }>;

/** `number` is the place in the filtered list: "Applicant 7" is the same person in the table and on the board. */
export function toReviewItem(row: ReviewRow, number: number, anonymised: boolean) {
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

function tableItem(row: ReviewTableRow, number: number, anonymised: boolean) {
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
  const items = rows.map((row, index) => tableItem(row, (f.page - 1) * PAGE_SIZE + index + 1, f.anonymised));
  return { total, items, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The choices of the filter form: the campaign's applicants' fields and the employers with postings in it. */
export async function listReviewFilterOptions(tx: Tx, consortiumId: string, campaignId: string) {
  const [fields, employers] = await Promise.all([
    // Prisma's `distinct` fetches every applicant and dedupes in memory; the database does it here.
    tx.$queryRaw<{ field: string }[]>`
      SELECT DISTINCT p.field FROM "Applicant" p
       WHERE p."consortiumId" = ${consortiumId}
         AND EXISTS (SELECT 1 FROM "Application" a WHERE a."consortiumId" = ${consortiumId} AND a."applicantId" = p.id AND a."campaignId" = ${campaignId})`,
    tx.employer.findMany({ where: { consortiumId, postings: { some: { campaignId } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { fields: fields.map((a) => a.field).sort((a, b) => a.localeCompare(b)), employers };
}

/**
 * Moves applications to a stage in one transaction. Every id must be an application of this
 * consortium that a coordinator may move (not a draft, not withdrawn, not already offered or
 * hired); otherwise nothing moves.
 */
export async function moveApplications(tx: Tx, actor: { consortiumId: string; userId: string }, ids: string[], stage: ApplicationStage) {
  const unique = [...new Set(ids)];
  const current = await tx.application.findMany({
    where: { id: { in: unique }, consortiumId: actor.consortiumId },
    select: { id: true, stage: true },
  });
  if (current.length !== unique.length) throw new AppError("notFound");
  if (current.some((a) => ["DRAFT", "WITHDRAWN", "OFFER", "HIRED"].includes(a.stage))) throw new AppError("stageLocked");
  const now = new Date();
  await tx.application.updateMany({
    where: { id: { in: unique }, consortiumId: actor.consortiumId },
    data: { stage, stageChangedAt: now },
  });
  await tx.auditEvent.createMany({
    data: current.map((a) => ({
      consortiumId: actor.consortiumId,
      actorUserId: actor.userId,
      action: "application.stage",
      targetType: "Application",
      targetId: a.id,
      data: { from: a.stage, to: stage },
    })),
  });
  return { moved: current.length };
}

