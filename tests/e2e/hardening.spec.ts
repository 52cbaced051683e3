import en from "../../messages/en.json" with { type: "json" };
import { db, expect, expectAccessible, freshEmail, sessionCookie, signInDirectly, signInThroughMailbox, test } from "./support";

// The findings of the security probe (issue 17), each as it was found: bad bytes in a URL or a
// form field, a forged client address, HTML without a policy, sessions without limits.

const SLUG = "trainee-varmland";
const idOf = async (sql: string) => (await db.query<{ id: string }>(sql)).rows[0].id;

async function ids() {
  const consortium = `(SELECT id FROM "Consortium" WHERE slug = '${SLUG}')`;
  return {
    employer: await idOf(`SELECT id FROM "Employer" WHERE "consortiumId" = ${consortium} AND name = 'Karlstads kommun'`),
    application: await idOf(`SELECT id FROM "Application" WHERE "consortiumId" = ${consortium} ORDER BY id LIMIT 1`),
    gathering: await idOf(`SELECT id FROM "Gathering" WHERE "consortiumId" = ${consortium} ORDER BY id LIMIT 1`),
  };
}

test("a NUL byte or a byte that is not UTF-8, anywhere in a URL, is a 400 with a translated answer", async ({ playwright, baseURL }) => {
  const { employer, application, gathering } = await ids();
  const coordinator = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `authjs.session-token=${await sessionCookie("coordinator@varmland.example")}`, "accept-language": "en" },
  });
  const pages = [
    `/en/c/trainee-varm%00land/jobs`,
    `/en/c/${SLUG}/jobs/%C3%28`,
    `/en/c/${SLUG}/applications?q=a%00b`,
    `/en/c/${SLUG}/invoices?member=a%00`,
    `/en/dev/mailbox?to=%00`,
    `/en/c/${SLUG}/invoices?member=a&member=b`,
    `/en/c/${SLUG}/applications?q=${"x".repeat(5000)}`,
  ];
  for (const path of pages) {
    const response = await coordinator.get(path, { maxRedirects: 0 });
    expect({ path, status: response.status() }).toEqual({ path, status: 400 });
    expect(await response.text()).toContain(en.badRequest.title);
  }
  // Next itself reads bytes of a query that are not UTF-8 as U+FFFD before the proxy sees them:
  // text PostgreSQL stores, so the page answers as for any unknown value.
  expect((await coordinator.get(`/en/c/${SLUG}/invoices?member=%C0%AE`)).status()).toBeLessThan(500);
  const api = [
    `/api/c/${SLUG}/employers/${employer}%00/logo`,
    `/api/c/${SLUG}/applications/${application}%00/cv`,
    `/api/c/${SLUG}/gatherings/%00${gathering}/ics`,
    `/api/c/${SLUG}/metrics?cohort=%00`,
    `/api/c/trainee-varm%00land/metrics`,
  ];
  for (const path of api) {
    const response = await coordinator.get(path);
    expect({ path, status: response.status() }).toEqual({ path, status: 400 });
    expect(await response.json()).toEqual({ error: "validation", message: en.badRequest.body });
  }
});

test("a NUL byte typed into a form gets the translated validation message at its field", async ({ page }) => {
  const { employer } = await ids();
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/en/c/${SLUG}/members/${employer}`);
  const name = page.getByLabel(en.members.form.name);
  await expect(name).toHaveValue("Karlstads kommun");
  // A browser does not type NUL; pasted or scripted text can carry it.
  await name.evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "Karlstads\u0000 kommun");
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  const answer = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await page.getByRole("button", { name: en.members.form.save }).click();
  expect((await answer).status()).toBe(200);
  await expect(page.getByText(en.validation.invalidCharacters)).toBeVisible();
  await expect(page.getByText(en.validation.invalidCharacters)).toBeInViewport();
  const stored = await db.query(`SELECT name FROM "Employer" WHERE id = $1`, [employer]);
  expect(stored.rows[0].name).toBe("Karlstads kommun");
});

test("every HTML answer carries the content security policy, whatever the path", async ({ request }) => {
  for (const path of [`/sv/c/${SLUG}/jobs/foo.bar`, "/sv/no.such.page", "/foo.bar", "/sv/c/x.y/jobs"]) {
    const response = await request.get(path);
    expect({ path, type: response.headers()["content-type"] }).toEqual({ path, type: expect.stringContaining("text/html") });
    expect({ path, csp: response.headers()["content-security-policy"] }).toEqual({ path, csp: expect.stringMatching(/script-src 'self' 'nonce-[^']+'/) });
  }
});

test("a forged X-Forwarded-For does not change the address the sign-in limit counts", async ({ browser }) => {
  const forged = "203.0.113.77";
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": forged } });
  const page = await context.newPage();
  const since = new Date();
  await page.goto("/en/sign-in");
  await page.getByLabel(en.signIn.email).fill(freshEmail("forged"));
  await page.getByRole("button", { name: en.signIn.submit }).click();
  await expect(page).toHaveURL(/check-email/);
  const hits = await db.query<{ key: string }>(`SELECT key FROM "RateLimitHit" WHERE bucket = 'sign-in-ip' AND "createdAt" >= $1`, [since]);
  expect(hits.rows.map((h) => h.key)).not.toContain(forged);
  expect(hits.rows.map((h) => h.key)).toContain("127.0.0.1");
  await context.close();
});

/** As if the session's sign-in and last activity had happened `minutes` earlier. */
async function ageSession(token: string, minutes: number) {
  const columns = await db.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'Session' AND data_type LIKE 'timestamp%'`,
  );
  const shifts = columns.rows.map((c) => `"${c.name}" = "${c.name}" - make_interval(mins => $2)`).join(", ");
  await db.query(`UPDATE "Session" SET ${shifts} WHERE "sessionToken" = $1`, [token, minutes]);
}

async function tokenOf(page: import("@playwright/test").Page) {
  return (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!.value;
}

test("staff are signed out after 30 minutes without activity; trainees after a week", async ({ page, browser }) => {
  await signInThroughMailbox(page, "steering@innlandet.example", "en");
  await page.goto("/en/c/trainee-innlandet");
  const staff = await tokenOf(page);
  await ageSession(staff, 31);
  await page.goto("/en/c/trainee-innlandet");
  await expect(page).toHaveURL(/\/en\/sign-in/);
  expect((await db.query(`SELECT 1 FROM "Session" WHERE "sessionToken" = $1`, [staff])).rowCount).toBe(0);

  const other = await (await browser.newContext()).newPage();
  await signInThroughMailbox(other, "trainee@innlandet.example", "en");
  const trainee = await tokenOf(other);
  await ageSession(trainee, 31);
  await other.goto("/en/c/trainee-innlandet/programme");
  await expect(other).toHaveURL(/\/en\/c\/trainee-innlandet\/programme$/);
  await ageSession(trainee, 7 * 24 * 60);
  await other.goto("/en/c/trainee-innlandet/programme");
  await expect(other).toHaveURL(/\/en\/sign-in/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("signing out everywhere ends the sign-in on every device", async ({ page, browser }) => {
    const email = freshEmail("everywhere");
    await signInThroughMailbox(page, email, "en");
    const laptop = await browser.newContext();
    await laptop.addCookies([{ name: "authjs.session-token", value: await sessionCookie(email), url: page.url() }]);
    const other = await laptop.newPage();
    await other.goto("/en/account");
    await expect(other.getByRole("heading", { level: 1, name: en.account.title })).toBeVisible();

    await page.goto("/en/consortia?pick=1");
    // On a phone the header links to the account by a short name rather than the address.
    await page.getByRole("link", { name: en.nav.account }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByText("You are signed in on 2 browsers or devices right now.")).toBeVisible();
    await expect(page.getByText(/ends after 7 days without activity, and at the latest 30 days/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.getByRole("button", { name: en.account.sessions.signOutEverywhere }).click();
    await page.getByRole("group", { name: en.account.sessions.confirm }).getByRole("button", { name: en.account.sessions.signOutEverywhere }).click();
    await expect(page).toHaveURL(/\/en\/sign-in/);
    await other.goto("/en/account");
    await expect(other).toHaveURL(/\/en\/sign-in/);
    expect((await db.query(`SELECT 1 FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, [email])).rowCount).toBe(0);
  });
});

test("robots.txt, the sitemap of career pages, and the icons are served from the top level", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toContain("Allow: /*/c/*/jobs");
  expect(rules).toContain("Disallow: /api/");
  expect(rules).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const published = await db.query<{ id: string }>(
    `SELECT p.id FROM "Posting" p JOIN "Consortium" c ON c.id = p."consortiumId" WHERE c.slug = $1 AND p.status = 'PUBLISHED'`,
    [SLUG],
  );
  expect(published.rows.length).toBeGreaterThan(0);
  expect(xml).toContain(`/sv/c/${SLUG}/jobs</loc>`);
  for (const { id } of published.rows) expect(xml).toContain(`/sv/c/${SLUG}/jobs/${id}</loc>`);
  expect(xml).toContain(`hreflang="nb"`);
  const drafts = await db.query<{ id: string }>(`SELECT id FROM "Posting" WHERE status <> 'PUBLISHED' LIMIT 20`);
  for (const { id } of drafts.rows) expect(xml).not.toContain(id);
  expect(xml).not.toMatch(/\/(api|account|consortia|survey)\//);

  for (const [path, type] of [["/favicon.ico", "image/"], ["/apple-touch-icon.png", "image/png"], ["/og-image.png", "image/png"], ["/icon.svg", "image/svg+xml"], ["/manifest.webmanifest", "application/manifest+json"]]) {
    const response = await request.get(path);
    expect({ path, status: response.status(), type: response.headers()["content-type"] }).toEqual({ path, status: 200, type: expect.stringContaining(type) });
  }
  const page = await request.get(`/sv/c/${SLUG}/jobs`);
  const html = await page.text();
  expect(html).toContain(`rel="icon" href="/favicon.ico"`);
  expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og-image\.png"/);
});
