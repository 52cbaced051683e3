import { recordAudit } from "../audit/record";
import { OPEN_STAGES } from "../review/schemas";
import { foldedWords } from "../review/search";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { criteriaOf, type rateSchema } from "./schemas";

export interface Reviewer {
  consortiumId: string;
  userId: string;
  membershipId: string;
  /** An employer contact's employer; null for a coordinator, who sees every application. */
  employerId: string | null;
}

/**
 * What a reviewer may see: a coordinator every sent application; an employer contact those that
 * ranked one of its postings, or that the coordinator shared with it while the applicant's
 * talent-pool consent is valid.
 */
export function visibleTo(reviewer: Reviewer): Prisma.ApplicationWhereInput {
  const sent: Prisma.ApplicationWhereInput = { consortiumId: reviewer.consortiumId, stage: { notIn: ["DRAFT", "WITHDRAWN"] } };
  if (!reviewer.employerId) return sent;
  return {
    ...sent,
    OR: [
      { preferences: { some: { posting: { employerId: reviewer.employerId } } } },
      { shares: { some: { employerId: reviewer.employerId } }, applicant: { talentPoolExpiresAt: { gt: new Date() } } },
    ],
  };
}

export interface CandidateFilters {
  q?: string;
  /** Not yet rated by this reviewer, and still open (submitted … interview). */
  unrated?: boolean;
  /** Ranked this posting. */
  postingId?: string;
}

export function parseCandidateFilters(query: Record<string, string | undefined>): CandidateFilters {
  const q = query.q?.trim();
  return {
    q: q && q.length <= 100 ? q : undefined,
    unrated: query.unrated === "1" || undefined,
    postingId: query.posting && query.posting.length <= 40 ? query.posting : undefined,
  };
}

/** The list's filters as a query, for links that keep them (the candidate page's previous/next). */
export function candidateListQuery(f: CandidateFilters): Record<string, string> {
  return {
    list: "candidates",
    ...(f.q ? { q: f.q } : {}),
    ...(f.unrated ? { unrated: "1" } : {}),
    ...(f.postingId ? { posting: f.postingId } : {}),
  };
}

/** The candidates a reviewer may see in campaigns still running, by the list's filters, in the order they applied. */
export async function listCandidates(tx: Tx, reviewer: Reviewer, f: CandidateFilters = {}) {
  const words = f.q ? await foldedWords(tx, f.q) : [];
  return tx.application.findMany({
    where: {
      ...visibleTo(reviewer),
      campaign: { status: { not: "CLOSED" } },
      ...(words.length ? { applicant: { AND: words.map((word) => ({ searchText: { contains: word } })) } } : {}),
      ...(f.unrated ? { stage: { in: [...OPEN_STAGES] }, evaluations: { none: { reviewerId: reviewer.membershipId } } } : {}),
      ...(f.postingId ? { AND: [{ preferences: { some: { postingId: f.postingId } } }] } : {}),
    },
    select: {
      id: true,
      stage: true,
      applicant: { select: { firstName: true, lastName: true, field: true, educationLevel: true } },
      preferences: {
        where: reviewer.employerId ? { posting: { employerId: reviewer.employerId } } : { rank: 1 },
        select: { rank: true, posting: { select: { title: true } } },
      },
      evaluations: { where: { reviewerId: reviewer.membershipId }, select: { rating: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
}

export async function getCandidate(tx: Tx, reviewer: Reviewer, id: string) {
  const application = await tx.application.findFirst({
    where: { id, ...visibleTo(reviewer) },
    select: {
      id: true,
      stage: true,
      coverLetter: true,
      videoUrl: true,
      videoFileKey: true,
      videoSummary: true,
      cvFileKey: true,
      cvFileName: true,
      submittedAt: true,
      extraAnswers: true,
      campaignId: true,
      applicant: {
        select: { firstName: true, lastName: true, field: true, educationLevel: true, university: true, graduationYear: true, ties: true },
      },
      campaign: { select: { ratingCriteria: true, extraQuestions: true } },
      preferences: { select: { rank: true, posting: { select: { title: true, employer: { select: { name: true } } } } }, orderBy: { rank: "asc" } },
      evaluations: { select: { reviewerId: true, rating: true, scores: true, comment: true, updatedAt: true } },
    },
  });
  if (!application) throw new AppError("notFound");
  const own = application.evaluations.find((e) => e.reviewerId === reviewer.membershipId) ?? null;
  // Others' ratings only once one's own is given, so the first judgement is one's own.
  const others = own || !reviewer.employerId ? application.evaluations.filter((e) => e !== own) : [];
  const reviewers = await tx.membership.findMany({
    where: { consortiumId: reviewer.consortiumId, id: { in: others.map((e) => e.reviewerId) } },
    select: { id: true, role: true, user: { select: { name: true, email: true } }, employer: { select: { name: true } } },
  });
  const byId = new Map(reviewers.map((r) => [r.id, r]));
  return {
    ...application,
    criteria: criteriaOf(application.campaign.ratingCriteria),
    own,
    others: others.map((e) => ({ ...e, reviewer: byId.get(e.reviewerId) ?? null })),
    hiddenOthers: own || !reviewer.employerId ? 0 : application.evaluations.length,
  };
}

/** Gives or changes the reviewer's own rating: one per reviewer and application. */
export async function rateApplication(tx: Tx, reviewer: Reviewer, input: z.output<typeof rateSchema>) {
  const application = await tx.application.findFirst({
    where: { id: input.applicationId, ...visibleTo(reviewer) },
    select: { id: true, campaign: { select: { ratingCriteria: true } } },
  });
  if (!application) throw new AppError("notFound");
  const keys = new Set(criteriaOf(application.campaign.ratingCriteria).map((c) => c.key));
  const unknown = Object.keys(input.scores).filter((k) => !keys.has(k));
  const missing = [...keys].filter((k) => !(k in input.scores));
  if (unknown.length || missing.length) throw new AppError("validation", { scores: "validation.criteria" });
  const data = { scores: input.scores, rating: input.rating, comment: input.comment ?? null };
  await tx.evaluation.upsert({
    where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: reviewer.membershipId } },
    create: { consortiumId: reviewer.consortiumId, applicationId: application.id, reviewerId: reviewer.membershipId, ...data },
    update: data,
  });
  await recordAudit(tx, {
    consortiumId: reviewer.consortiumId,
    actorUserId: reviewer.userId,
    action: "application.rate",
    targetType: "Application",
    targetId: application.id,
    data: { rating: input.rating },
  });
}
