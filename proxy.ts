import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { VIDEO_EMBED_ORIGINS } from "./lib/applications/video";
import { isDatabaseDown } from "./lib/db/availability";
import { isLocale, LOCALE_COOKIE, routing } from "./lib/i18n/routing";
import { dropLocaleCookie, publicCacheControl } from "./lib/server/page-cache";

const intl = createMiddleware(routing);
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = /^\/(sv|nb|en)\/(c|consortia|apply)(\/|$)/;
/** The public career site (/c/{slug}/jobs) and survey links (/c/{slug}/survey/{token}) need no sign-in. */
const PUBLIC_AREAS = /^\/(sv|nb|en)\/c\/[^/]+\/(jobs|survey)(\/|$)/;

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
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
 * Only four jobs: the locale prefix (next-intl), the CSP nonce, "is anyone signed in" for the
 * signed-in areas, and the Cache-Control of anonymous career pages. Who may see what is decided
 * by lib/auth/tenant-context.ts on every request.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const unavailable = await answerWhileDatabaseDown(request);
  if (unavailable) return unavailable;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (SIGNED_IN_AREAS.test(pathname) && !PUBLIC_AREAS.test(pathname) && !signedIn) {
    const locale = pathname.split("/")[1];
    const target = new URL(`/${locale}/sign-in`, request.url);
    target.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(target);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", csp);
  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  // Anonymous career pages may be kept by a CDN and the browser, with this render's nonce in both
  // the header and the page (decision 0041); Next leaves a Cache-Control set here as it is.
  const cacheControl = publicCacheControl({ method: request.method, pathname, headers: request.headers, signedIn });
  if (cacheControl && dropLocaleCookie(response.headers, LOCALE_COOKIE)) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|c/|.*\\..*).*)"],
};
