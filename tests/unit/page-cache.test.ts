import { describe, expect, it } from "vitest";
import { dropLocaleCookie, PUBLIC_PAGE_CACHE_CONTROL, publicCacheControl, type PageRequest } from "@/lib/server/page-cache";

const anonymous = (pathname: string, extra: Partial<PageRequest> = {}): PageRequest => ({
  method: "GET",
  pathname,
  headers: new Headers(),
  signedIn: false,
  ...extra,
});

describe("publicCacheControl", () => {
  it("lets a CDN and the browser keep an anonymous visitor's career and posting pages briefly", () => {
    for (const path of ["/sv/c/trainee-varmland/jobs", "/nb/c/trainee-innlandet/jobs/cmabc123", "/en/c/x/jobs/"]) {
      expect(publicCacheControl(anonymous(path))).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    }
    expect(publicCacheControl(anonymous("/sv/c/x/jobs", { method: "HEAD" }))).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/\bpublic\b/);
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/\bs-maxage=\d+/);
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/\bstale-while-revalidate=\d+/);
    // The back/forward cache refuses pages sent with no-store.
    expect(PUBLIC_PAGE_CACHE_CONTROL).not.toMatch(/no-store|private|no-cache/);
  });

  it("keeps every signed-in request private, even to a public page", () => {
    expect(publicCacheControl(anonymous("/sv/c/x/jobs", { signedIn: true }))).toBeNull();
  });

  it("leaves other pages alone: signed-in areas, survey links, sign-in, deeper paths", () => {
    for (const path of ["/sv/c/x", "/sv/c/x/applications", "/sv/c/x/survey/token123", "/sv/sign-in", "/sv/c/x/jobs/id/apply", "/sv/consortia", "/de/c/x/jobs"]) {
      expect(publicCacheControl(anonymous(path)), path).toBeNull();
    }
  });

  it("never marks a mutation", () => {
    expect(publicCacheControl(anonymous("/sv/c/x/jobs", { method: "POST" }))).toBeNull();
    expect(publicCacheControl(anonymous("/sv/c/x/jobs", { headers: new Headers({ "next-action": "abc" }) }))).toBeNull();
  });
});

describe("dropLocaleCookie", () => {
  it("sends a cacheable page without the locale cookie", () => {
    const headers = new Headers();
    headers.append("set-cookie", "KOHORT_LOCALE=sv; Path=/; Max-Age=31536000; SameSite=lax");
    headers.set("content-type", "text/html");
    expect(dropLocaleCookie(headers, "KOHORT_LOCALE")).toBe(true);
    expect(headers.getSetCookie()).toEqual([]);
    expect(headers.get("content-type")).toBe("text/html");
    expect(dropLocaleCookie(new Headers(), "KOHORT_LOCALE")).toBe(true);
  });

  it("refuses when any other cookie is being set, and leaves it in place", () => {
    const headers = new Headers();
    headers.append("set-cookie", "KOHORT_LOCALE=sv; Path=/");
    headers.append("set-cookie", "authjs.session-token=abc; Path=/; HttpOnly");
    expect(dropLocaleCookie(headers, "KOHORT_LOCALE")).toBe(false);
    expect(headers.getSetCookie()).toHaveLength(2);
  });
});
