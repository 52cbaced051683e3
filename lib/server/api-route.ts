import { resolveApiAccess, type ApiAccess } from "../auth/api-access";
import type { Permission } from "../auth/permissions";
import { withTenant, type Tx } from "../db/tenant";
import { translatorFor } from "../i18n/messages";
import { isLocale, type AppLocale } from "../i18n/routing";
import { toActionError } from "./errors";

/**
 * The locale of an API answer's messages: `?locale=` when given, else the first of sv/nb/en in
 * Accept-Language, else the consortium's language (a BI tool rarely says which it wants).
 */
export function apiLocale(request: Request, fallback: AppLocale): AppLocale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (isLocale(asked)) return asked;
  const accepted = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => part.split(";")[0].trim().toLowerCase().slice(0, 2))
    .map((tag) => (tag === "no" || tag === "nn" ? "nb" : tag));
  return accepted.find(isLocale) ?? fallback;
}

/**
 * One shape for the consortium's read-only API routes (metrics, CSV exports): resolve the caller
 * (session or token), run the handler in one tenant-scoped transaction, and turn an expected
 * failure into a JSON error with a translated message — 404 for what does not exist, 400 for bad
 * input — and anything else into a 500 with a logged reference, never the error itself.
 */
export async function apiRoute(
  request: Request,
  slug: string,
  permission: Permission,
  handler: (access: ApiAccess, tx: Tx) => Promise<Response>,
): Promise<Response> {
  const access = await resolveApiAccess(request, slug, permission);
  if (access instanceof Response) return access;
  const locale = apiLocale(request, access.consortium.defaultLocale);
  try {
    return await withTenant(access.consortium.id, access.userId, (tx) => handler(access, tx));
  } catch (error) {
    const result = toActionError(error);
    const t = translatorFor(locale, "errors");
    const status = result.error === "unexpected" ? 500 : result.error === "notFound" || result.error === "cohortUnknown" ? 404 : 400;
    const body = { error: result.error, message: t(result.error), ...(result.requestId ? { reference: result.requestId } : {}) };
    return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
  }
}
