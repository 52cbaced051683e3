import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { VIDEO_EMBED_ORIGINS } from "./lib/applications/video";
import { isDatabaseDown } from "./lib/db/availability";
import { env } from "./lib/env";
import { isLocale, LOCALE_COOKIE, routing } from "./lib/i18n/routing";
import { checkActionEnvelope } from "./lib/server/action-envelope";
import { badRequestResponse } from "./lib/server/bad-request";
import { checkUrl } from "./lib/server/input-boundary";
import { dropLocaleCookie, publicCacheControl } from "./lib/server/page-cache";

const intl = createMiddleware(routing);
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = /^\/(sv|nb|en)\/(c|consortia|apply|account)(\/|$)/;
/** The public career site (/c/{slug}/jobs) and survey links (/c/{slug}/survey/{token}) need no sign-in. */
const PUBLIC_AREAS = /^\/(sv|nb|en)\/c\/[^/]+\/(jobs|survey)(\/|$)/;
/** Routes that are not pages of a language: the language-less /c/{slug} redirect, Next's own. */
const NOT_LOCALISED = /^\/(c|_next)(\/|$)/;
/** Files of public/ and the app's metadata routes (robots.txt, sitemap.xml, icons) at the top level. */
const TOP_LEVEL_FILE = /^\/[^/]+\.[A-Za-z0-9]+$/;

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    // Recorded videos play from our own routes, and a take still in the page from the blob the
    // recorder made (decision 0047); no other origin can serve media here.
    "media-src 'self' blob:",
    "connect-src 'self'",
    // Application videos play embedded, from the hosts the video-link check accepts.
    `frame-src ${VIDEO_EMBED_ORIGINS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * While this process finds the database away (lib/db/availability.ts, decision 0023), pages get the
 * translated 503 page with Retry-After. Server actions go on to their wrapper, which answers the
 * form with a translated error so what was typed stays put. When the database is there this costs
 * one boolean read; the page and its translations are loaded only during an outage.
 */
async function answerWhileDatabaseDown(request: NextRequest): Promise<Response | null> {
  if (!isDatabaseDown() || request.headers.has("next-action")) return null;
  const first = request.nextUrl.pathname.split("/")[1];
  const { unavailableResponse } = await import("./lib/server/unavailable-page");
  return unavailableResponse(isLocale(first) ? first : routing.defaultLocale);
}

/**
 * The input boundary (docs/decisions/0036-input-boundary.md): a path or query that does not decode to
 * clean text, and a server-action call whose body React's decoder would choke on, get a 400 here —
 * before Next, a page or the database sees them.
 */
async function rejectMalformedInput(request: NextRequest): Promise<Response | null> {
  const raw = new URL(request.url);
  const kind = raw.pathname.startsWith("/api/") ? "api" : request.headers.has("next-action") ? "action" : "page";
  const language = request.headers.get("accept-language");
  if (checkUrl(raw.pathname, raw.search)) return badRequestResponse(kind, raw.pathname, language);
  const contentType = request.headers.get("content-type") ?? "";
  const isFetchAction = request.headers.has("next-action");
  if (request.method !== "POST" || kind === "api" || (!isFetchAction && !contentType.toLowerCase().startsWith("multipart/form-data"))) return null;
  const verdict = await checkActionEnvelope(await request.clone().arrayBuffer(), contentType, isFetchAction);
  if (verdict === "ok") return null;
  return badRequestResponse(kind, raw.pathname, language, verdict === "tooLarge" ? 413 : 400);
}

/** Hands the request on with the CSP nonce for Next's scripts, and the policy on the answer. */
function withPolicy(request: NextRequest, next: (request: NextRequest) => Response): Response {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", csp);
  const response = next(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * The input boundary, then four jobs: the locale prefix (next-intl), the CSP nonce — on every
 * answer, whatever its path, so that no HTML goes out without the policy — "is anyone signed in"
 * for the signed-in areas, and the Cache-Control of anonymous career pages. Who may see what is decided by lib/auth/tenant-context.ts on every
 * request.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const malformed = await rejectMalformedInput(request);
  if (malformed) return malformed;
  // The API answers JSON, CSV and files, each with its own headers (downloads: `default-src 'none'`).
  if (pathname.startsWith("/api/")) return NextResponse.next();
  if (NOT_LOCALISED.test(pathname) || TOP_LEVEL_FILE.test(pathname)) {
    return withPolicy(request, (req) => NextResponse.next({ request: { headers: req.headers } }));
  }
  const unavailable = await answerWhileDatabaseDown(request);
  if (unavailable) return unavailable;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (SIGNED_IN_AREAS.test(pathname) && !PUBLIC_AREAS.test(pathname) && !signedIn) {
    const locale = pathname.split("/")[1];
    // On the app's own origin, never the host the request claims (decision 0025).
    const target = new URL(`/${locale}/sign-in`, env.APP_URL);
    target.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(target);
  }
  const response = withPolicy(request, intl);
  // Anonymous career pages may be kept by a CDN and the browser, with this render's nonce in both
  // the header and the page (decision 0041); Next leaves a Cache-Control set here as it is.
  const cacheControl = publicCacheControl({ method: request.method, pathname, headers: request.headers, signedIn });
  if (cacheControl && dropLocaleCookie(response.headers, LOCALE_COOKIE)) response.headers.set("Cache-Control", cacheControl);
  return response;
}

// Everything but Next's build output, which is ours and static.
export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
