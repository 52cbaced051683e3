import { resolveApiAccess, type ApiAccess } from "../auth/api-access";
import type { Permission } from "../auth/permissions";
import { isDatabaseDown } from "../db/availability";
import { withTenant, type Tx } from "../db/tenant";
import { routing } from "../i18n/routing";
import { apiErrorResponse, apiLocale, apiUnavailableResponse } from "./api-error";
import { toActionError } from "./errors";

export { apiLocale };

/**
 * One shape for the consortium's read-only API routes (metrics, CSV exports): resolve the caller
 * (session or token), run the handler in one tenant-scoped transaction, and turn an expected
 * failure into a JSON error with a translated message — 404 for what does not exist, 400 for bad
 * input, 503 while the database is away — and anything else into a 500 with a logged reference,
 * never the error itself.
 */
export async function apiRoute(
  request: Request,
  slug: string,
  permission: Permission,
  handler: (access: ApiAccess, tx: Tx) => Promise<Response>,
): Promise<Response> {
  let locale = apiLocale(request, routing.defaultLocale);
  try {
    const access = await resolveApiAccess(request, slug, permission);
    // The session lookup fails quietly when the database is away: a 401 then would be a lie.
    if (access instanceof Response) return isDatabaseDown() ? apiUnavailableResponse(locale) : access;
    locale = apiLocale(request, access.consortium.defaultLocale);
    return await withTenant(access.consortium.id, access.userId, (tx) => handler(access, tx));
  } catch (error) {
    const result = toActionError(error);
    if (result.error === "unavailable") return apiUnavailableResponse(locale);
    const status = result.error === "unexpected" ? 500 : result.error === "notFound" || result.error === "cohortUnknown" ? 404 : 400;
    return apiErrorResponse(result.error, status, locale, { reference: result.requestId });
  }
}
