import { env } from "../env";
import { isLocale, routing, type AppLocale } from "../i18n/routing";

// Where a sign-in mail's link leads, and in which language: the page where sign-in began decides,
// from the first step to the last (docs/decisions/0025-scanner-safe-sign-in.md).

/** The language a same-site path is in ("/nb/c/x/apply" → nb), else the default. */
export function localeOfPath(path: string | null | undefined): AppLocale {
  if (!path) return routing.defaultLocale;
  try {
    const first = new URL(path, env.APP_URL).pathname.split("/")[1];
    return isLocale(first) ? first : routing.defaultLocale;
  } catch {
    return routing.defaultLocale;
  }
}

/** The same path in another language: "/sv/c/x/apply?posting=1" → "/nb/c/x/apply?posting=1". */
export function inLocale(path: string, locale: AppLocale): string {
  const url = new URL(path, "http://path.invalid");
  const segments = url.pathname.split("/").filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  return `/${[locale, ...segments].join("/")}${url.search}${url.hash}`;
}

/** Absolute URL on the app's own origin, whatever host the request came in on. */
export function appUrl(pathAndQuery: string): string {
  return new URL(pathAndQuery, env.APP_URL).toString();
}

/** The page a sign-in mail links to: it only shows a "Sign in" button, so opening it uses nothing up. */
export function signInLinkPage(params: { token: string; email: string; callbackUrl: string }, locale: AppLocale): string {
  return appUrl(`/${locale}/sign-in/link?${new URLSearchParams(params)}`);
}

/** next-auth's callback URL (…/callback/email?callbackUrl&token&email) as our link page. */
export function linkPageFromCallback(callbackUrl: string): string {
  const query = new URL(callbackUrl, env.APP_URL).searchParams;
  // next-auth hands the callback over as an absolute URL (our redirect callback put it on APP_URL).
  const callback = new URL(query.get("callbackUrl") ?? "/", env.APP_URL);
  const path = callback.origin === new URL(env.APP_URL).origin ? `${callback.pathname}${callback.search}` : "/";
  return signInLinkPage({ token: query.get("token") ?? "", email: query.get("email") ?? "", callbackUrl: path }, localeOfPath(path));
}
