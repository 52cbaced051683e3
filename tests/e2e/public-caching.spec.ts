import sv from "../../messages/sv.json" with { type: "json" };
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

test("signed-in requests, survey links and client-navigation payloads stay private", async ({ request }) => {
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
  const payload = await request.get(CAREER, { headers: { rsc: "1" } });
  expect(payload.headers()["cache-control"]).not.toMatch(/\bpublic\b/);
});

test("the back button shows the career page from the browser's back/forward cache", async ({ page }) => {
  await page.goto(CAREER);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sv.careers.title.split("{")[0].trim());
  await expectAccessible(page);
  // Kept only if the browser restores this very document instead of loading it again. A full
  // document load (not the client router) leaves it, as a visitor from a search engine would.
  await page.evaluate(() => Object.assign(window, { keptInMemory: true }));
  const posting = await page.locator(`a[href^="${CAREER}/"]`).first().getAttribute("href");
  await page.goto(posting!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${CAREER}$`));
  expect(await page.evaluate(() => (window as unknown as { keptInMemory?: boolean }).keptInMemory === true)).toBe(true);
});
