import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { listPostingScope, ON_LIST, type ListActor } from "./actor";
import type { ListHeading } from "./publish";
import { listReadiness } from "./readiness";
import type { ExtendedRow, GenderCounts, PublicRow } from "./snapshot";

// What the pages read: the postings that get lists, one posting's requests and what is still
// open, and a published list — for staff, and for an applicant who was on it.

/** Every posting the actor keeps lists for, newest campaign first, with what needs doing. */
export async function listListPostings(tx: Tx, actor: ListActor) {
  const postings = await tx.posting.findMany({
    where: listPostingScope(actor),
    select: {
      id: true,
      title: true,
      employer: { select: { name: true } },
      campaign: { select: { closesAt: true, cohort: { select: { name: true } } } },
      applicantList: { select: { publishedAt: true } },
      _count: { select: { preferences: { where: { application: ON_LIST } }, listExemptions: { where: { status: "PENDING" } } } },
    },
    orderBy: [{ campaign: { closesAt: "desc" } }, { title: "asc" }, { id: "asc" }],
  });
  return postings.map((p) => ({
    id: p.id,
    title: p.title,
    employer: p.employer.name,
    cohort: p.campaign.cohort.name,
    closesAt: p.campaign.closesAt,
    applicants: p._count.preferences,
    undecided: p._count.listExemptions,
    publishedAt: p.applicantList?.publishedAt ?? null,
  }));
}

/** One posting's page: its requests (newest first), what stands between it and its lists, the lists. */
export async function getListPosting(tx: Tx, actor: ListActor, postingId: string, now = new Date()) {
  const posting = await tx.posting.findFirst({
    where: { id: postingId, ...listPostingScope(actor) },
    select: {
      id: true,
      title: true,
      employer: { select: { name: true } },
      campaign: { select: { closesAt: true, cohort: { select: { name: true } } } },
      applicantList: { select: { publishedAt: true, total: true } },
      listExemptions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, reason: true, status: true, decisionNote: true, decidedAt: true, withdrawBy: true, answer: true, createdAt: true,
          application: { select: { stage: true, applicant: { select: { firstName: true, lastName: true } }, preferences: { where: { postingId }, select: { id: true } } } },
        },
      },
    },
  });
  if (!posting) throw new AppError("notFound");
  const readiness = await listReadiness(tx, actor.consortium.id, { id: posting.id, closesAt: posting.campaign.closesAt }, now);
  const requests = posting.listExemptions.map(({ application, ...e }) => ({
    ...e,
    name: `${application.applicant.firstName} ${application.applicant.lastName}`,
    onList: application.preferences.length > 0 && !["DRAFT", "WITHDRAWN"].includes(application.stage),
  }));
  return { posting, requests, readiness, published: posting.applicantList };
}

export interface PublishedList {
  postingId: string;
  publishedAt: Date;
  heading: ListHeading;
  total: number;
  genders: GenderCounts;
  publicRows: PublicRow[];
  extendedRows: ExtendedRow[];
  erasedAt: Date | null;
}

const LIST_SELECT = { postingId: true, publishedAt: true, heading: true, total: true, genders: true, publicRows: true, extendedRows: true, erasedAt: true } as const;

function asList(row: { postingId: string; publishedAt: Date; heading: unknown; total: number; genders: unknown; publicRows: unknown; extendedRows: unknown; erasedAt: Date | null }): PublishedList {
  return {
    ...row,
    heading: row.heading as ListHeading,
    genders: row.genders as GenderCounts,
    publicRows: row.publicRows as PublicRow[],
    extendedRows: row.extendedRows as ExtendedRow[],
  };
}

/** A posting's published lists for the coordinator or the posting's own contact. */
export async function getPublishedList(tx: Tx, actor: ListActor, postingId: string): Promise<PublishedList> {
  const list = await tx.applicantList.findFirst({
    where: { postingId, consortiumId: actor.consortium.id, posting: listPostingScope(actor) },
    select: LIST_SELECT,
  });
  if (!list) throw new AppError("notFound");
  return asList(list);
}

/**
 * The published lists of a posting for someone who was on them (their application is in the
 * snapshot); anyone else — who applied elsewhere, or not at all — is not found.
 */
export async function getListForApplicant(tx: Tx, consortiumId: string, userId: string, postingId: string): Promise<PublishedList> {
  const mine = await tx.application.findMany({ where: { consortiumId, applicant: { userId } }, select: { id: true } });
  if (!mine.length) throw new AppError("notFound");
  const list = await tx.applicantList.findFirst({
    where: { postingId, consortiumId, applicationIds: { hasSome: mine.map((a) => a.id) } },
    select: LIST_SELECT,
  });
  if (!list) throw new AppError("notFound");
  return asList(list);
}
