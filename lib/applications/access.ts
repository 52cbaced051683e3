import type { Permission } from "../auth/permissions";
import type { TenantContext } from "../auth/tenant-context";
import type { Prisma } from "../db/generated/client";
import { reviewerOf } from "../ratings/reviewer";
import { visibleTo } from "../ratings/service";

/**
 * Which application `applicationId` may be read by the person asking, as a where clause: their
 * own (with `ownerPermission`), or one a reviewer may see (the review pages' rule, decision 0009);
 * null for anyone else. The files of an application (CV, recorded video) are served by this rule.
 */
export function readableApplication(ctx: TenantContext, applicationId: string, ownerPermission: Permission): Prisma.ApplicationWhereInput | null {
  if (ctx.can(ownerPermission)) return { id: applicationId, consortiumId: ctx.consortium.id, applicant: { userId: ctx.user.id } };
  if (ctx.can("application.rate")) return { AND: [{ id: applicationId }, visibleTo(reviewerOf(ctx))] };
  return null;
}
