import type { TenantContext } from "../auth/tenant-context";
import type { PostingActor } from "./service";

/** Coordinators act on every member's postings; an employer contact only on its own employer's. */
export function postingActorOf(ctx: TenantContext): PostingActor {
  return {
    consortiumId: ctx.consortium.id,
    userId: ctx.user.id,
    slug: ctx.consortium.slug,
    consortiumName: ctx.consortium.name,
    defaultLocale: ctx.consortium.defaultLocale,
    // A contact without an employer matches no posting rather than all of them.
    ownEmployerId: ctx.can("posting.manageAll") ? null : (ctx.membership.employerId ?? "none"),
  };
}
