import sv from "../../messages/sv.json" with { type: "json" };
import type { Page } from "@playwright/test";
import { expect, expectAccessible, sessionCookie, test } from "./support";

// Anonymous career and posting pages may be kept briefly by a CDN and the browser, with the same
// strict, per-render CSP nonce as every page; signed-in requests stay private (decision 0041).
const CAREER = "/sv/c/trainee-varmland/jobs";

function nonceOf(csp: string): string {
  const script = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
  expect(script).toMatch(/^script-src 'self' 'nonce-[^']+' 'strict-dynamic'$/);
  expect(script).not.toMatch(/unsafe-inline|unsafe-eval/);
  return script.match(/'nonce-([^']+)'/)![1];
}

/** Every executable script of the page carries the nonce of the CSP it came with. */
function expectScriptsCarry(html: string, nonce: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
}

test("anonymous career and posting pages are cacheable briefly, with a strict CSP whose nonce matches the page", async ({ request }) => {
  const first = await request.get(CAREER);
  expect(first.status()).toBe(200);
  const cacheControl = first.headers()["cache-control"];
  expect(cacheControl).toMatch(/\bpublic\b/);
  expect(cacheControl).toMatch(/\bs-maxage=\d+/);
  expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
  expect(cacheControl).not.toMatch(/no-store|private|no-cache/);
  // A shared cache must not store someone's cookie with the page.
  expect(first.headers()["set-cookie"]).toBeUndefined();
  const html = await first.text();
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expectScriptsCarry(html, nonce);

  // The origin still renders every request with a fresh nonce; a cache replays one render whole.
  const second = await request.get(CAREER);
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);

  const posting = html.match(/href="(\/sv\/c\/trainee-varmland\/jobs\/[^"?#]+)"/)![1];
  const page = await request.get(posting);
  expect(page.status()).toBe(200);
  expect(page.headers()["cache-control"]).toBe(cacheControl);
  expectScriptsCarry(await page.text(), nonceOf(page.headers()["content-security-policy"]));
});

test("signed-in requests and survey links stay private; payloads of the client router vary from the page", async ({ request }) => {
  const cookie = `authjs.session-token=${await sessionCookie("coordinator@varmland.example")}`;
  for (const path of [CAREER, "/sv/c/trainee-varmland"]) {
    const signedIn = await request.get(path, { headers: { cookie } });
    expect(signedIn.status(), path).toBe(200);
    expect(signedIn.headers()["cache-control"], path).toMatch(/private/);
    expect(signedIn.headers()["cache-control"], path).toMatch(/no-store/);
    nonceOf(signedIn.headers()["content-security-policy"]);
  }
  const survey = await request.get("/sv/c/trainee-varmland/survey/not-a-real-token");
  expect(survey.headers()["cache-control"]).not.toMatch(/\bpublic\b/);
  // Next's client-navigation payloads share the page's URL; caches tell them apart by Vary (and
  // the client router's `_rsc` query parameter, a hash of those headers).
  const anonymous = await request.get(CAREER);
  expect(anonymous.headers()["vary"]).toMatch(/\brsc\b/i);
});

test("a career page kept while signed out is not shown again after signing in", async ({ page, context }) => {
  await page.goto(CAREER);
  await expect(page.getByRole("banner").getByRole("link", { name: sv.careers.account.signIn })).toBeVisible();
  await context.addCookies([{ name: "authjs.session-token", value: await sessionCookie("coordinator@varmland.example"), url: page.url() }]);
  // Within the 30 s a CDN may keep the page, the browser asks again (max-age=0): the signed-in page.
  await page.goto(CAREER);
  await expect(page.getByRole("banner").getByRole("link", { name: sv.careers.account.openConsortium })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: sv.careers.account.signIn })).toHaveCount(0);
});

/**
 * Why Chromium did not restore the page left by `leave()` from its back/forward cache, leaving out
 * the "circumstantial" reasons of the test browser itself (Playwright starts Chromium with the
 * cache switched off): what remains is what the page does to stay out of it.
 */
async function pageReasonsAgainstBackForwardCache(page: Page, leave: () => Promise<unknown>): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  const reasons: string[] = [];
  cdp.on("Page.backForwardCacheNotUsed", (event) =>
    reasons.push(...event.notRestoredExplanations.filter((e) => e.type !== "Circumstantial").map((e) => e.reason)),
  );
  await leave();
  await page.goBack();
  await cdp.detach();
  return reasons;
}

test("nothing on the career page keeps it out of the back/forward cache", async ({ page }) => {
  await page.goto(CAREER);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.waitForLoadState("networkidle");
  const posting = await page.locator(`a[href^="${CAREER}/"]`).first().getAttribute("href");
  // A full document load (not the client router), as a visitor from a search engine would.
  const careerReasons = await pageReasonsAgainstBackForwardCache(page, async () => {
    await page.goto(posting!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
  await expect(page).toHaveURL(new RegExp(`${CAREER}$`));
  // This Chromium no longer names `no-store` among the reasons, so the header test above is what
  // guards that; this one catches what else a page can do (unload handlers, open requests …).
  expect(careerReasons).toEqual([]);
});
