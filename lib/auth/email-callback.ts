import { NextRequest } from "next/server";
import { env } from "../env";
import { isLocale, type AppLocale } from "../i18n/routing";
import { clientAddress } from "../server/client-address";
import { toActionError } from "../server/errors";
import { email as emailSchema } from "../validation";
import { hitRateLimit } from "./rate-limit";
import { callbackPath } from "./schemas";
import { CODE_ATTEMPTS_PER_DAY, codeToken, normaliseCode } from "./sign-in-code";
import { appUrl, localeOfPath, signInLinkPage } from "./sign-in-link";

// next-auth's email callback signs in on a GET of the mailed link, so whatever opens the link first
// — a mail scanner, a link preview — uses it up. Here a GET consumes nothing, and only the POST of
// our link page's "Sign in" button or of the code form reaches next-auth
// (docs/decisions/0025-scanner-safe-sign-in.md).

const CALLBACK = "/api/auth/callback/email";
const LINK_TOKEN = /^[a-f0-9]{64}$/;
const WINDOW_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const isEmailCallback = (request: NextRequest) => request.nextUrl.pathname === CALLBACK;

/** The request as if it had come in on APP_URL: next-auth builds its redirects from the request URL. */
export function onAppRequest(request: NextRequest): NextRequest {
  const app = new URL(env.APP_URL);
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, app);
  return new NextRequest(url, request);
}

function seeOther(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

const errorPage = (locale: AppLocale, error: string) => seeOther(appUrl(`/${locale}/sign-in/error?${new URLSearchParams({ error })}`));

/** A link from an old mail (or any client following one): on to the page with the button. */
export function emailCallbackGet(request: NextRequest): Response {
  const query = request.nextUrl.searchParams;
  const callback = callbackPath.safeParse(query.get("callbackUrl") ?? undefined);
  const callbackUrl = (callback.success && callback.data) || "";
  const locale = localeOfPath(callbackUrl);
  return seeOther(signInLinkPage({ token: query.get("token") ?? "", email: query.get("email") ?? "", callbackUrl }, locale));
}

async function codeAllowed(email: string): Promise<boolean> {
  return (
    (await hitRateLimit("sign-in-code-ip", await clientAddress(), env.SIGN_IN_LIMIT_PER_IP, WINDOW_MS)) &&
    (await hitRateLimit("sign-in-code-email", email, env.SIGN_IN_LIMIT_PER_EMAIL, WINDOW_MS)) &&
    (await hitRateLimit("sign-in-code-email-day", email, CODE_ATTEMPTS_PER_DAY, DAY_MS))
  );
}

async function formOf(request: NextRequest): Promise<Record<string, string>> {
  try {
    const data = await request.formData();
    return Object.fromEntries([...data.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

/**
 * The "Sign in" button of the link page (token) or the code form (code). Only a same-origin POST
 * counts: a form on another site must not sign a visitor into someone else's account.
 */
export async function emailCallbackPost(request: NextRequest, forward: (request: NextRequest) => Promise<Response>): Promise<Response> {
  const form = await formOf(request);
  try {
    return await signInWith(request, form, forward);
  } catch (error) {
    // Logged with a reference (the database away, say); the person gets the translated error page.
    toActionError(error);
    return errorPage(isLocale(form.locale) ? form.locale : localeOfPath(form.callbackUrl), "Default");
  }
}

async function signInWith(request: NextRequest, form: Record<string, string>, forward: (request: NextRequest) => Promise<Response>): Promise<Response> {
  const callback = callbackPath.safeParse(form.callbackUrl || undefined);
  const locale = isLocale(form.locale) ? form.locale : localeOfPath(callback.data);
  const callbackUrl = (callback.success && callback.data) || `/${locale}/consortia`;
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(env.APP_URL).origin) return errorPage(locale, "AccessDenied");

  const parsedEmail = emailSchema.safeParse(form.email ?? "");
  const byCode = "code" in form;
  const back = (error: string) =>
    seeOther(appUrl(`/${locale}/sign-in/check-email?${new URLSearchParams({ email: form.email ?? "", callbackUrl, error })}`));
  if (!parsedEmail.success) return byCode ? back("email") : errorPage(locale, "Verification");
  const email = parsedEmail.data;

  let token: string;
  if (byCode) {
    const code = normaliseCode(form.code);
    if (!code) return back("codeFormat");
    if (!(await codeAllowed(email))) return back("rateLimited");
    token = codeToken(email, code);
  } else {
    if (!LINK_TOKEN.test(form.token ?? "")) return errorPage(locale, "Verification");
    token = form.token;
  }

  const inner = new NextRequest(appUrl(`${CALLBACK}?${new URLSearchParams({ token, email, callbackUrl })}`), {
    method: "POST",
    headers: { cookie: request.headers.get("cookie") ?? "" },
  });
  const response = await forward(inner);
  const location = new URL(response.headers.get("location") ?? "/", env.APP_URL);
  // next-auth sends failures to its error page on the request's host and without a language.
  if (location.pathname === "/sign-in/error") {
    const error = location.searchParams.get("error") ?? "Default";
    return byCode && error === "Verification" ? back("codeInvalid") : errorPage(locale, error);
  }
  return seeOther(location.toString(), response.headers.getSetCookie());
}
