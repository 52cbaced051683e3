import { cache } from "react";
import { appDb } from "../db/client";
import type { Consortium, Employer, Membership } from "../db/generated/client";
import { withTenant } from "../db/tenant";
import { can, type Permission } from "./permissions";
import { getCurrentUser, type CurrentUser } from "./session";

export interface TenantContext {
  user: CurrentUser;
  consortium: Consortium;
  membership: Membership & { employer: Employer | null };
  can: (permission: Permission) => boolean;
}

/**
 * Who is asking, in which consortium, with which role — or null when the consortium does not
 * exist or the person has no membership in it. Callers turn null into a 404, so a foreign
 * consortium looks exactly like a missing one.
 */
export async function resolveTenant(user: CurrentUser, slug: string): Promise<TenantContext | null> {
  const consortium = await appDb().consortium.findUnique({ where: { slug } });
  if (!consortium) return null;
  const membership = await withTenant(consortium.id, user.id, (tx) =>
    tx.membership.findUnique({
      where: { consortiumId_userId: { consortiumId: consortium.id, userId: user.id } },
      include: { employer: true },
    }),
  );
  if (!membership) return null;
  return { user, consortium, membership, can: (permission) => can(membership.role, permission) };
}

/** The signed-in person's context in `slug`, resolved once per request. */
export const getTenantContext = cache(async (slug: string): Promise<TenantContext | null> => {
  const user = await getCurrentUser();
  return user ? resolveTenant(user, slug) : null;
});

/** Runs tenant-scoped queries for this context: RLS sees only this consortium. */
export function scoped<T>(ctx: TenantContext, fn: Parameters<typeof withTenant<T>>[2]): Promise<T> {
  return withTenant(ctx.consortium.id, ctx.user.id, fn);
}
