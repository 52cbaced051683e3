import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, freshEmail, test } from "./support";

// Sign-in that survives mail scanners (decision 0025): opening the mailed link signs nobody in;
// the person's "Sign in" button, or the six-digit code, does. Phone-sized, in a browser whose own
// language is English, so a page that fell back to the browser's language would show.
test.use({ viewport: { width: 390, height: 844 }, locale: "en-GB" });

async function latestMail(email: string) {
  const rows = await db.query<{ text: string }>(`SELECT text FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [email]);
  const text = rows.rows[0].text;
  return { link: text.match(/https?:\/\/\S+\/sign-in\/link\?\S+/)![0], code: text.match(/\b\d{6}\b/)![0] };
}

const tokensOf = async (email: string) =>
  (await db.query<{ kind: string }>(`SELECT kind FROM "VerificationToken" WHERE identifier = $1 ORDER BY kind`, [email])).rows.map((r) => r.kind);

test("a mail scanner opens the link first; the person still signs in with the button, in the language they began in", async ({ page, playwright, baseURL }) => {
  const email = freshEmail("scanned");
  await page.goto("/nb/c/trainee-innlandet/jobs");
  await page.getByRole("banner").getByRole("link", { name: nb.careers.account.signIn }).click();
  await expect(page).toHaveURL(/\/nb\/sign-in\?callbackUrl=/);
  await page.getByLabel(nb.signIn.email).fill(email);
  await page.getByRole("button", { name: nb.signIn.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: nb.signIn.checkTitle })).toBeInViewport();
  await expect(page.getByLabel(nb.signIn.codeLabel)).toBeInViewport();
  await expectAccessible(page);
  const { link } = await latestMail(email);
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(link).pathname).toBe("/nb/sign-in/link");

  // The scanner: no cookies, follows every link, including the shape of older mails' links.
  const scanner = await playwright.request.newContext();
  expect((await scanner.get(link)).status()).toBe(200);
  const old = new URL(link);
  old.pathname = "/api/auth/callback/email";
  const oldAnswer = await scanner.get(old.toString(), { maxRedirects: 0 });
  expect(oldAnswer.status()).toBe(303);
  expect(oldAnswer.headers()["location"]).toBe(link);
  expect(await tokensOf(email)).toEqual(["code", "link"]);
  await scanner.dispose();

  // The person: the page with the button, then their consortium's career page, in Norwegian.
  await page.goto(link);
  await expect(page.getByText(nb.signIn.linkLead.replace("{email}", email))).toBeInViewport();
  await expectAccessible(page);
  await page.getByRole("button", { name: nb.signIn.linkButton, exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}/nb/c/trainee-innlandet/jobs`);
  await expect(page.getByRole("banner").getByRole("link", { name: nb.careers.account.myConsortia })).toBeInViewport();
  // The link and the code were one sign-in: both are used up.
  expect(await tokensOf(email)).toEqual([]);
});

test("the six-digit code signs in on the check-email page; a wrong one is explained beside the field", async ({ page, baseURL }) => {
  const email = freshEmail("code");
  // Signed out, "Apply" leads to sign-in and back to the start of the application, in Swedish.
  await page.goto("/sv/apply/trainee-varmland");
  await expect(page).toHaveURL(/\/sv\/sign-in\?callbackUrl=/);
  await page.getByLabel(sv.signIn.email).fill(email);
  await page.getByRole("button", { name: sv.signIn.submit }).click();
  const codeField = page.getByLabel(sv.signIn.codeLabel);
  await expect(codeField).toBeInViewport();
  const { code } = await latestMail(email);

  await codeField.fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: sv.signIn.codeSubmit }).click();
  await expect(page.getByText(sv.signIn.codeInvalid)).toBeInViewport();
  await expect(codeField).toBeFocused();
  await expectAccessible(page);
  await codeField.fill("12");
  await page.getByRole("button", { name: sv.signIn.codeSubmit }).click();
  await expect(page.getByText(sv.signIn.codeFormat)).toBeInViewport();

  await codeField.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await page.getByRole("button", { name: sv.signIn.codeSubmit }).click();
  await expect(page).toHaveURL(`${baseURL}/sv/apply/trainee-varmland`);
  await expect(page.getByRole("button", { name: sv.apply.start.button })).toBeInViewport();
  expect(await tokensOf(email)).toEqual([]);
});

test("code guesses are limited per address like link requests: past the limit even the right code waits", async ({ page }) => {
  const email = freshEmail("guess");
  await page.goto("/en/sign-in");
  await page.getByLabel(en.signIn.email).fill(email);
  await page.getByRole("button", { name: en.signIn.submit }).click();
  const codeField = page.getByLabel(en.signIn.codeLabel);
  await expect(codeField).toBeVisible();
  const { code } = await latestMail(email);
  const wrong = code === "999999" ? "999998" : "999999";
  // SIGN_IN_LIMIT_PER_EMAIL is 5 in a 15-minute window.
  for (let i = 0; i < 5; i++) {
    await codeField.fill(wrong);
    await page.getByRole("button", { name: en.signIn.codeSubmit }).click();
    await expect(page).toHaveURL(/error=codeInvalid/);
  }
  await codeField.fill(code);
  await page.getByRole("button", { name: en.signIn.codeSubmit }).click();
  await expect(page.getByText(en.errors.rateLimited)).toBeInViewport();
  expect(await tokensOf(email)).toEqual(["code", "link"]);
});

test("used, expired and cross-site sign-in attempts land on the app's own host, in the page's language", async ({ page, playwright, baseURL }) => {
  const email = freshEmail("expired");
  await page.goto("/en/sign-in");
  await page.getByLabel(en.signIn.email).fill(email);
  await page.getByRole("button", { name: en.signIn.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.signIn.checkTitle })).toBeVisible();
  const { link } = await latestMail(email);
  const fields = Object.fromEntries(new URL(link).searchParams);
  // A request that names another host, as a proxy in front might pass it on.
  const elsewhere = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-host": "internal.example:8080", "x-forwarded-proto": "http" } });
  const post = (origin: string) =>
    elsewhere.post("/api/auth/callback/email", { form: { ...fields, locale: "en" }, headers: { origin }, maxRedirects: 0 });

  // From another site: refused, and the link still works afterwards.
  const crossSite = await post("https://evil.example");
  expect(crossSite.status()).toBe(303);
  expect(crossSite.headers()["location"]).toBe(`${baseURL}/en/sign-in/error?error=AccessDenied`);
  expect(await tokensOf(email)).toEqual(["code", "link"]);

  // Expired.
  await db.query(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1 AND kind = 'link'`, [email]);
  const expired = await post(new URL(baseURL!).origin);
  expect(expired.headers()["location"]).toBe(`${baseURL}/en/sign-in/error?error=Verification`);
  await page.goto(expired.headers()["location"]);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.signIn.errorVerification);
  await expect(page.getByRole("main").getByRole("alert")).toBeInViewport();

  // Used: a fresh link signs in once; the second press lands on the same page.
  await page.goto("/en/sign-in");
  await page.getByLabel(en.signIn.email).fill(email);
  await page.getByRole("button", { name: en.signIn.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.signIn.checkTitle })).toBeVisible();
  const fresh = await latestMail(email);
  await page.goto(fresh.link);
  await page.getByRole("button", { name: en.signIn.linkButton, exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}/en/consortia`);
  const again = await elsewhere.post("/api/auth/callback/email", {
    form: { ...Object.fromEntries(new URL(fresh.link).searchParams), locale: "en" },
    headers: { origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(again.headers()["location"]).toBe(`${baseURL}/en/sign-in/error?error=Verification`);
  await elsewhere.dispose();
});
