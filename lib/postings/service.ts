import { recordAudit } from "../audit/record";
import { invalidateCareerData } from "../careers/cache";
import type { PostingStatus } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { getEmployer } from "../members/service";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { canTransition, statusOnApproval, type PostingTransition } from "./rules";
import { notifyPostingStep, type NotifyContext } from "./notify";
import type { postingSchema, updatePostingSchema } from "./schemas";

export interface PostingActor extends NotifyContext {
  consortiumId: string;
  userId: string;
  /** An employer contact's own employer; null for a coordinator, who sees every member's. */
  ownEmployerId: string | null;
}

function scope(actor: PostingActor): Prisma.PostingWhereInput {
  return { consortiumId: actor.consortiumId, ...(actor.ownEmployerId ? { employerId: actor.ownEmployerId } : {}) };
}

/** What needs doing first: awaiting approval and returned, then live, then drafts, closed last. */
export const POSTING_STATUS_ORDER: PostingStatus[] = ["SUBMITTED", "RETURNED", "PUBLISHED", "APPROVED", "DRAFT", "CLOSED"];

/** The postings by status in that order, each status newest campaign first, and how many there are of each status. */
export async function listPostings(tx: Tx, actor: PostingActor, status?: PostingStatus) {
  const [postings, counts] = await Promise.all([
    tx.posting.findMany({
      where: { ...scope(actor), ...(status ? { status } : {}) },
      select: {
        id: true,
        title: true,
        status: true,
        places: true,
        employer: { select: { name: true } },
        campaign: { select: { opensAt: true, cohort: { select: { name: true } } } },
        _count: { select: { preferences: { where: { application: { stage: { not: "DRAFT" } } } } } },
      },
      orderBy: [{ campaign: { opensAt: "desc" } }, { title: "asc" }, { id: "asc" }],
    }),
    tx.posting.groupBy({ by: ["status"], where: scope(actor), _count: { _all: true } }),
  ]);
  const rank = (s: PostingStatus) => POSTING_STATUS_ORDER.indexOf(s);
  return {
    postings: postings.sort((a, b) => rank(a.status) - rank(b.status)),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<PostingStatus, number>>,
  };
}

export async function getPosting(tx: Tx, actor: PostingActor, id: string) {
  const posting = await tx.posting.findFirst({
    where: { id, ...scope(actor) },
    include: {
      employer: { select: { id: true, name: true, sector: true } },
      campaign: { select: { id: true, opensAt: true, closesAt: true, cohort: { select: { name: true } } } },
    },
  });
  if (!posting) throw new AppError("notFound");
  return posting;
}

/** Campaigns that still take postings: not closed and before their deadline. */
export function listOpenCampaigns(tx: Tx, consortiumId: string) {
  return tx.campaign.findMany({
    where: { consortiumId, status: { not: "CLOSED" }, closesAt: { gt: new Date() } },
    select: { id: true, opensAt: true, closesAt: true, cohort: { select: { name: true } } },
    orderBy: { opensAt: "asc" },
  });
}

export async function createPosting(tx: Tx, actor: PostingActor, input: z.output<typeof postingSchema>) {
  const employerId = actor.ownEmployerId ?? input.employerId;
  if (!employerId) throw new AppError("validation", { employerId: "validation.employerRequired" });
  const employer = await getEmployer(tx, actor.consortiumId, employerId);
  if (employer.status !== "ACTIVE") throw new AppError("validation", { employerId: "validation.employerInactive" });
  const campaigns = await listOpenCampaigns(tx, actor.consortiumId);
  if (!campaigns.some((c) => c.id === input.campaignId)) throw new AppError("notFound");
  const { employerId: _ignored, ...fields } = input;
  const posting = await tx.posting.create({
    data: { ...fields, employerId, consortiumId: actor.consortiumId, createdById: actor.userId, status: "DRAFT" },
  });
  await audit(tx, actor, "posting.create", posting.id);
  return posting;
}

export async function updatePosting(tx: Tx, actor: PostingActor, input: z.output<typeof updatePostingSchema>) {
  const { id, ...fields } = input;
  await move(tx, actor, id, "edit", fields, "posting.update");
}

const EDITABLE_FIELDS = ["title", "description", "field", "educationLevel", "municipality", "places"] as const;

/**
 * The coordinator changes an approved or published posting. The audit event keeps each changed
 * field's old and new value; the career page, its JSON-LD and the cache follow at once (move()).
 */
export async function editPublishedPosting(tx: Tx, actor: PostingActor, input: z.output<typeof updatePostingSchema>) {
  const { id, ...fields } = input;
  const current = await getPosting(tx, actor, id);
  const changes = Object.fromEntries(
    EDITABLE_FIELDS.filter((key) => current[key] !== fields[key]).map((key) => [key, { from: current[key], to: fields[key] }]),
  );
  await move(tx, actor, id, "editPublished", fields, "posting.editPublished", { changes });
}

export async function submitPosting(tx: Tx, actor: PostingActor, id: string) {
  const posting = await move(tx, actor, id, "submit", { status: "SUBMITTED" }, "posting.submit");
  await notifyPostingStep(tx, actor, notice(posting), "submitted");
}

export async function returnPosting(tx: Tx, actor: PostingActor, id: string, comment: string) {
  const posting = await move(tx, actor, id, "return", { status: "RETURNED", reviewComment: comment }, "posting.return");
  await notifyPostingStep(tx, actor, notice(posting), "returned", comment);
}

export async function closePosting(tx: Tx, actor: PostingActor, id: string) {
  await move(tx, actor, id, "close", { status: "CLOSED", closedAt: new Date() }, "posting.close");
}

/** Approves; inside the campaign window that publishes at once and records the billable ad. */
export async function approvePosting(tx: Tx, actor: PostingActor, id: string) {
  const posting = await getPosting(tx, actor, id);
  const status = statusOnApproval(posting.campaign);
  const publishedAt = status === "PUBLISHED" ? new Date() : null;
  await move(tx, actor, id, "approve", { status, publishedAt, reviewComment: null }, "posting.approve");
  if (publishedAt) {
    await tx.billableEvent.create({
      data: { consortiumId: actor.consortiumId, employerId: posting.employerId, kind: "POSTING_PUBLISHED", occurredAt: publishedAt, postingId: id },
    });
  }
  await notifyPostingStep(tx, actor, notice(posting), publishedAt ? "published" : "approved");
  return status;
}

/**
 * Changes a posting only if it is still in a state that allows `transition`: the status is part of
 * the update's condition, so two clicks or two reviewers cannot both win.
 */
async function move(
  tx: Tx,
  actor: PostingActor,
  id: string,
  transition: PostingTransition,
  data: Prisma.PostingUpdateManyMutationInput,
  action: string,
  details: Record<string, Prisma.InputJsonValue> = {},
) {
  const current = await getPosting(tx, actor, id);
  if (!canTransition(current.status, transition)) throw new AppError("postingLocked");
  const { count } = await tx.posting.updateMany({ where: { id, ...scope(actor), status: current.status }, data });
  if (!count) throw new AppError("conflict");
  // Publishing, closing or editing changes what the public career pages show.
  invalidateCareerData(actor.consortiumId);
  await audit(tx, actor, action, id, { from: current.status, ...details });
  return current;
}

function notice(posting: Awaited<ReturnType<typeof getPosting>>) {
  return { id: posting.id, title: posting.title, employerId: posting.employerId, employerName: posting.employer.name };
}

function audit(tx: Tx, actor: PostingActor, action: string, id: string, data?: Prisma.InputJsonValue) {
  return recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action, targetType: "Posting", targetId: id, data });
}
