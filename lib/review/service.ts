import type { Prisma } from "../db/generated/client";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { PAGE_SIZE, type ReviewFilters } from "./schemas";

/** Until shortlisted, anonymised screening hides who the applicant is. */
const REVEALED: ApplicationStage[] = ["SHORTLISTED", "INTERVIEW", "OFFER", "HIRED"];

export async function listReviewCampaigns(tx: Tx, consortiumId: string) {
  return tx.campaign.findMany({
    where: { consortiumId },
    select: { id: true, status: true, cohort: { select: { name: true } } },
    orderBy: { opensAt: "desc" },
  });
}

export async function listApplications(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters) {
  const where: Prisma.ApplicationWhereInput = {
    consortiumId,
    campaignId,
    stage: f.stage ?? { not: "DRAFT" },
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
  const [total, rows, fields] = await Promise.all([
    tx.application.count({ where }),
    tx.application.findMany({
      where,
      select: {
        id: true,
        stage: true,
        submittedAt: true,
        applicant: {
          select: { firstName: true, lastName: true, university: true, field: true, educationLevel: true, ties: true, gender: true },
        },
        preferences: { where: { rank: 1 }, select: { posting: { select: { title: true } } } },
        evaluations: { select: { rating: true } },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    tx.applicant.findMany({ where: { consortiumId, applications: { some: { campaignId } } }, select: { field: true }, distinct: ["field"] }),
  ]);
  const items = rows.map((row, index) => {
    const hidden = f.anonymised && !REVEALED.includes(row.stage);
    const ratings = row.evaluations.map((e) => e.rating);
    return {
      id: row.id,
      stage: row.stage,
      submittedAt: row.submittedAt,
      name: hidden ? null : `${row.applicant.firstName} ${row.applicant.lastName}`,
      number: (f.page - 1) * PAGE_SIZE + index + 1,
      university: hidden ? null : row.applicant.university,
      field: row.applicant.field,
      educationLevel: row.applicant.educationLevel,
      ties: row.applicant.ties,
      firstChoice: row.preferences[0]?.posting.title ?? null,
      rating: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
      ratingCount: ratings.length,
    };
  });
  return { total, items, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), fields: fields.map((a) => a.field).sort((a, b) => a.localeCompare(b)) };
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

