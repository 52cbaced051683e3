// Which answers a shared cache (a CDN) and the browser may keep (docs/decisions/0041-cacheable-public-pages.md).

/** The public career site: the career page and posting pages, /{locale}/c/{slug}/jobs[/{postingId}]. */
const CAREER_PAGES = /^\/(sv|nb|en)\/c\/[^/]+\/jobs(\/[^/]+)?\/?$/;

/**
 * Briefly, in a shared cache: the career data behind these pages may already be 30 s old in a server
 * process (decision 0011), so a CDN may keep a page 30 s and serve it a minute longer while it
 * fetches a fresh one. The browser asks again on each visit (`max-age=0`): its copy was made for
 * someone signed out, and the same URL says "Sign in" or "My applications", "you applied" or not —
 * Next sets `Vary` itself, so it cannot be told to key by cookie. No `no-store`, so the
 * back/forward cache still keeps the page.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

export interface PageRequest {
  method: string;
  pathname: string;
  headers: Headers;
  /** Whether the request carries a session cookie. */
  signedIn: boolean;
}

/**
 * The Cache-Control of an anonymous visitor's career or posting page, or null to leave Next's own
 * (`private, no-cache, no-store …`): every signed-in request, every other page (a survey link is
 * public but personal), every mutation. Next hides its client-navigation headers (`RSC`, router
 * state) from the proxy, so an anonymous visitor's navigation payload for these pages gets the same
 * header: it holds the same public data, answers `Vary: rsc, next-router-state-tree, …`, and the
 * client router asks for it with `?_rsc=<hash of those headers>`, so a cache keyed by URL keeps it
 * apart from the page.
 */
export function publicCacheControl(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.signedIn || !CAREER_PAGES.test(request.pathname)) return null;
  if (request.headers.has("next-action")) return null;
  return PUBLIC_PAGE_CACHE_CONTROL;
}

/**
 * A cache must never keep a Set-Cookie with a page it serves to everyone (and CDNs refuse to keep
 * such answers at all). The only cookie on a career page is next-intl's locale cookie, which
 * remembers the language for unprefixed URLs; every URL here carries its locale, so the page goes
 * out without it. True when the answer may be cached: no other cookie was being set.
 */
export function dropLocaleCookie(headers: Headers, localeCookie: string): boolean {
  const cookies = headers.getSetCookie();
  if (cookies.some((c) => !c.startsWith(`${localeCookie}=`))) return false;
  headers.delete("set-cookie");
  return true;
}
