import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import pg from "pg";

// Playwright fixtures: a direct database handle (owner), sign-in without the mailbox for tests
// that are not about signing in, sign-in through the dev mailbox for those that are, and axe.
export const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

export async function userIdOf(email: string): Promise<string> {
  const found = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (found.rows[0]) return found.rows[0].id;
  const created = await db.query<{ id: string }>(
    `INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
    [`e2e_${randomBytes(8).toString("hex")}`, email],
  );
  return created.rows[0].id;
}

/** A database session for `email` and its cookie: what a finished magic-link sign-in leaves. */
export async function sessionCookie(email: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    `e2e_${randomBytes(8).toString("hex")}`,
    token,
    await userIdOf(email),
  ]);
  return token;
}

export async function signInDirectly(page: Page, email: string) {
  const token = await sessionCookie(email);
  const url = new URL(test.info().project.use.baseURL!);
  await page.context().addCookies([{ name: "authjs.session-token", value: token, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
}

/** Signs in as a person would: request a link, open the dev mailbox, follow the link, press "Sign in". */
export async function signInThroughMailbox(page: Page, email: string, locale = "sv") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByRole("textbox").first().fill(email);
  await page.getByRole("button").filter({ hasText: /./ }).last().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/check-email`));
  await followSignInLink(page, email);
}

/** The newest sign-in mail's link leads to a page whose button signs in (opening it alone does not). */
export async function followSignInLink(page: Page, email: string) {
  await followLatestLink(page, email, "/sign-in/link");
  await page.locator('form[action="/api/auth/callback/email"] button[type="submit"]').click();
}

export async function followLatestLink(page: Page, email: string, containing: string) {
  await page.goto(`/${page.url().split("/")[3] || "sv"}/dev/mailbox?to=${encodeURIComponent(email)}`);
  const link = page.locator(`article a[href*="${containing}"]`).first();
  await expect(link).toBeVisible();
  await link.click();
}

/** Zero WCAG 2.1 AA violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

export function freshEmail(label: string) {
  return `${label}-${randomBytes(4).toString("hex")}@e2e.example`;
}

export const test = base;
export { expect };
