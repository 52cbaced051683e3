import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, freshEmail, signInDirectly, signInThroughMailbox, test } from "./support";

test("health answers ok with the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("pages carry a strict content security policy and HSTS", async ({ request }) => {
  const response = await request.get("/sv/sign-in");
  const csp = response.headers()["content-security-policy"];
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an unknown path and another consortium both answer a translated 404", async ({ page }) => {
  const missing = await page.goto("/en/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: en.notFound.title })).toBeVisible();
  await expectAccessible(page);

  await signInDirectly(page, "coordinator@varmland.example");
  const foreign = await page.goto("/sv/c/trainee-innlandet");
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: sv.notFound.title })).toBeVisible();
  await expect(page.getByText("Trainee Innlandet")).toHaveCount(0);
});

test("a magic link works once; a second use gets a translated explanation", async ({ page, browser }) => {
  const email = freshEmail("once");
  await signInThroughMailbox(page, email, "en");
  await expect(page).toHaveURL(/\/en\/consortia/);
  const mail = await db.query<{ text: string }>(`SELECT text FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [email]);
  const link = mail.rows[0].text.match(/https?:\/\/\S+\/sign-in\/link\S+/)![0];
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await other.getByRole("button", { name: en.signIn.linkButton }).click();
  await expect(other).toHaveURL(/\/en\/sign-in\/error\?error=Verification/);
  await expect(other.getByRole("main").getByRole("alert")).toHaveText(en.signIn.errorVerification);
  await expectAccessible(other);
});

test("sign-in requests are rate-limited per address with a translated message", async ({ page }) => {
  const email = freshEmail("flood");
  for (let i = 0; i < 5; i++) {
    await page.goto("/en/sign-in");
    await page.getByLabel(en.signIn.email).fill(email);
    await page.getByRole("button", { name: en.signIn.submit }).click();
    await expect(page).toHaveURL(/check-email/);
  }
  await page.goto("/en/sign-in");
  await page.getByLabel(en.signIn.email).fill(email);
  await page.getByRole("button", { name: en.signIn.submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.errors.rateLimited);
  await expect(page.getByLabel(en.signIn.email)).toHaveValue(email);
});

test("a bad email address gets a translated field error, keyboard only", async ({ page }) => {
  await page.goto("/sv/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: sv.app.skipToContent })).toBeFocused();
  await page.getByLabel(sv.signIn.email).focus();
  await page.keyboard.type("inte-en-adress");
  await page.keyboard.press("Enter");
  await expect(page.getByText(sv.validation.email)).toBeVisible();
  await expect(page.getByLabel(sv.signIn.email)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("an unknown or used invitation link is explained in the page's language", async ({ page }) => {
  await page.goto("/nb/join/trainee-innlandet/not-a-real-token-not-a-real-token");
  await expect(page.getByRole("heading", { level: 1, name: nb.join.invalidTitle })).toBeVisible();
  await expectAccessible(page);
});
