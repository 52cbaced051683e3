import type { TenantContext } from "../auth/tenant-context";
import type { Prisma } from "../db/generated/client";
import type { Country } from "../db/generated/enums";
import type { AppLocale } from "../i18n/routing";
import { AppError } from "../server/errors";

/** Who works on applicant lists: a coordinator on every public member's postings, a contact on its own. */
export interface ListActor {
  consortium: { id: string; slug: string; name: string; country: Country; timeZone: string; defaultLocale: AppLocale };
  userId: string;
  /** An employer contact's own employer; null for a coordinator. */
  ownEmployerId: string | null;
}

export function listActorOf(ctx: TenantContext): ListActor {
  return {
    consortium: ctx.consortium,
    userId: ctx.user.id,
    // A contact without an employer matches no posting rather than all of them.
    ownEmployerId: ctx.can("posting.manageAll") ? null : (ctx.membership.employerId ?? "none"),
  };
}

/** The menu's link: in a Norwegian consortium, for a coordinator or a public member's contact. */
export function showsApplicantLists(ctx: TenantContext): boolean {
  if (ctx.consortium.country !== "NO") return false;
  return ctx.can("posting.manageAll") || ctx.membership.employer?.sector === "PUBLIC";
}

/** Statuses of a posting that took applications (a published one closes at the deadline). */
export const LISTED_STATUSES = ["PUBLISHED", "CLOSED"] as const;

/**
 * The postings an actor may keep lists for: a public member's, published or closed, in a
 * Norwegian consortium. Anywhere else there are no lists at all, so the answer is a 404.
 */
export function listPostingScope(actor: ListActor): Prisma.PostingWhereInput {
  if (actor.consortium.country !== "NO") throw new AppError("notFound");
  return {
    consortiumId: actor.consortium.id,
    status: { in: [...LISTED_STATUSES] },
    employer: { sector: "PUBLIC" },
    ...(actor.ownEmployerId ? { employerId: actor.ownEmployerId } : {}),
  };
}

/** Applications that count as applying to a posting: sent and not withdrawn (whatever came after). */
export const ON_LIST: Prisma.ApplicationWhereInput = { stage: { notIn: ["DRAFT", "WITHDRAWN"] } };
