import type { TenantContext } from "../auth/tenant-context";
import type { Reviewer } from "./service";

export function reviewerOf(ctx: TenantContext): Reviewer {
  return {
    consortiumId: ctx.consortium.id,
    userId: ctx.user.id,
    membershipId: ctx.membership.id,
    // A contact without an employer sees nothing rather than everything.
    employerId: ctx.can("application.read") ? null : (ctx.membership.employerId ?? "none"),
  };
}
