import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { VIDEO_EMBED_ORIGINS } from "./lib/applications/video";
import { routing } from "./lib/i18n/routing";

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
 * Only three jobs: the locale prefix (next-intl), the CSP nonce, and "is anyone signed in" for the
 * signed-in areas. Who may see what is decided by lib/auth/tenant-context.ts on every request.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_AREAS.test(pathname) && !PUBLIC_AREAS.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
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
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|c/|.*\\..*).*)"],
};
