import { appDb } from "../db/client";
import type { Consortium } from "../db/generated/client";
import { withTenant } from "../db/tenant";
import { bearerToken, hashApiToken } from "../api-tokens/token";
import { apiErrorResponse, apiLocale } from "../server/api-error";
import { API_TOKEN_PERMISSIONS, type Permission } from "./permissions";
import { getCurrentUser } from "./session";
import { resolveTenant } from "./tenant-context";

/** Who reads an API route: a signed-in member (by role) or a read-only API token. */
export interface ApiAccess {
  consortium: Consortium;
  userId: string | null;
  tokenId: string | null;
  can: (permission: Permission) => boolean;
}

/** Last use is written at most once a minute per token, so a polling BI tool does not write on every call. */
const LAST_USE_GRANULARITY_MS = 60_000;

/**
 * Resolves the caller of `/api/c/{slug}/…`. A bearer token is looked up inside the consortium of
 * the URL only (row-level security holds it there too), so another consortium's token, a revoked
 * one and a made-up one are all simply unknown. Without a token, the session decides.
 * Answers a Response when access is refused, JSON with a translated message: 401 without valid
 * credentials, 404 when a member's role may not read this (as pages do, nothing reveals what
 * exists), 403 for what a token may never do.
 */
export async function resolveApiAccess(request: Request, slug: string, permission: Permission): Promise<ApiAccess | Response> {
  const token = bearerToken(request);
  if (token) return tokenAccess(request, slug, token, permission);
  const user = await getCurrentUser();
  const locale = apiLocale(request, "sv");
  if (!user) return apiErrorResponse("apiUnauthenticated", 401, locale, { headers: { "WWW-Authenticate": "Bearer" } });
  const ctx = await resolveTenant(user, slug);
  if (!ctx?.can(permission)) return apiErrorResponse("notFound", 404, apiLocale(request, ctx?.consortium.defaultLocale ?? "sv"));
  return { consortium: ctx.consortium, userId: user.id, tokenId: null, can: ctx.can };
}

async function tokenAccess(request: Request, slug: string, token: string, permission: Permission): Promise<ApiAccess | Response> {
  const consortium = await appDb().consortium.findUnique({ where: { slug } });
  const locale = apiLocale(request, consortium?.defaultLocale ?? "sv");
  const refused = apiErrorResponse("tokenInvalid", 401, locale, { headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });
  if (!consortium) return refused;
  const tokenHash = hashApiToken(token);
  const found = await withTenant(consortium.id, null, async (tx) => {
    const row = await tx.apiToken.findFirst({
      where: { consortiumId: consortium.id, tokenHash, revokedAt: null },
      select: { id: true, exact: true },
    });
    if (row) {
      const stale = new Date(Date.now() - LAST_USE_GRANULARITY_MS);
      await tx.apiToken.updateMany({
        where: { id: row.id, consortiumId: consortium.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
        data: { lastUsedAt: new Date() },
      });
    }
    return row;
  });
  if (!found) return refused;
  const allowed = (p: Permission) => (API_TOKEN_PERMISSIONS as readonly Permission[]).includes(p) || (p === "metrics.exact" && found.exact);
  if (!allowed(permission)) return apiErrorResponse("tokenReadOnly", 403, locale);
  return { consortium, userId: null, tokenId: found.id, can: allowed };
}

