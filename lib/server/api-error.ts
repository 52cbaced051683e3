import { RETRY_AFTER_SECONDS } from "../db/availability";
import { translatorFor } from "../i18n/messages";
import { isLocale, type AppLocale } from "../i18n/routing";
import type { ErrorCode } from "./errors";

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

/** An API error as JSON `{ error, message[, reference] }`, the message translated; never cached. */
export function apiErrorResponse(
  code: ErrorCode,
  status: number,
  locale: AppLocale,
  extra: { reference?: string; headers?: Record<string, string> } = {},
): Response {
  const body = { error: code, message: translatorFor(locale, "errors")(code), ...(extra.reference ? { reference: extra.reference } : {}) };
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store", ...extra.headers } });
}

/** 503 while the database is away (decision 0023): nothing was read or changed; try again soon. */
export function apiUnavailableResponse(locale: AppLocale): Response {
  return apiErrorResponse("unavailable", 503, locale, { headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
