import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "../i18n/navigation";
import type { Permission } from "./permissions";
import { getCurrentUser } from "./session";
import { getTenantContext, type TenantContext } from "./tenant-context";

/** For signed-in pages: the person, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string) {
  const user = await getCurrentUser();
  if (!user) {
    const locale = await getLocale();
    return redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}${returnTo}` } }, locale });
  }
  return user;
}

/**
 * For pages inside a consortium: the tenant context when the person may use `permission` there.
 * A missing consortium, a foreign one, and a page the role may not see all answer 404.
 */
export async function requireTenant(slug: string, permission?: Permission): Promise<TenantContext> {
  await requireUser(`/c/${slug}`);
  const ctx = await getTenantContext(slug);
  if (!ctx || (permission && !ctx.can(permission))) notFound();
  return ctx;
}
