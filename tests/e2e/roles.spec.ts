import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { expect, expectAccessible, signInDirectly, signInThroughMailbox, test } from "./support";

const CATALOGS = { sv, nb, en };
const single = DEMO_ACCOUNTS.filter((a) => a.email !== "anna@kohort.example");

for (const account of single) {
  const locale = account.consortiumSlug === "trainee-innlandet" ? "nb" : "sv";
  test(`${account.role} of ${account.consortiumSlug} signs in through the mailbox and sees their dashboard`, async ({ page }) => {
    const t = CATALOGS[locale];
    await signInThroughMailbox(page, account.email, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/c/${account.consortiumSlug}$`));
    await expect(page.getByRole("heading", { level: 1, name: t.dashboard.title[account.role] })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(t.roles[account.role]);
    // Real data, not an empty state.
    const main = page.getByRole("main");
    if (account.role === "COORDINATOR") await expect(main.getByRole("table").first()).toBeVisible();
    if (account.role === "EMPLOYER") await expect(main.getByRole("table")).toBeVisible();
    if (account.role === "STEERING") await expect(main.getByRole("rowheader").first()).toBeVisible();
    if (account.role === "APPLICANT") await expect(main.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);
  });
}

test("the language switch keeps the page and changes every string, money and date format", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto("/sv/c/trainee-varmland");
  await expect(page.getByRole("heading", { level: 1, name: sv.dashboard.title.COORDINATOR })).toBeVisible();
  const languages = page.getByRole("navigation", { name: sv.language.label });
  await languages.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/c\/trainee-varmland$/);
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.title.COORDINATOR })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("navigation", { name: en.language.label }).getByRole("link", { name: "Norsk bokmål" }).click();
  await expect(page).toHaveURL(/\/nb\/c\/trainee-varmland$/);
  await expect(page.getByRole("heading", { level: 1, name: nb.dashboard.title.COORDINATOR })).toBeVisible();
  await page.getByRole("navigation", { name: nb.nav.main }).getByRole("link", { name: nb.nav.members }).click();
  await expect(page).toHaveURL(/\/nb\/c\/trainee-varmland\/members$/);
  await expect(page.getByRole("columnheader", { name: nb.members.memberSince })).toBeVisible();
  await expectAccessible(page);
});

test("a person with two memberships picks a consortium, and the choice is remembered", async ({ page }) => {
  await signInThroughMailbox(page, "anna@kohort.example", "en");
  // Lands where she was last; the switcher lists both.
  await page.goto("/en/consortia?pick=1");
  await expect(page.getByRole("heading", { level: 1, name: en.consortia.title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Trainee Innlandet/ }).click();
  await expect(page).toHaveURL(/\/en\/c\/trainee-innlandet$/);
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.title.STEERING })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/en/consortia");
  await expect(page).toHaveURL(/\/en\/c\/trainee-innlandet$/);
  await page.goto("/en/consortia?pick=1");
  await page.getByRole("link", { name: /Trainee Värmland/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.title.COORDINATOR })).toBeVisible();
  await page.goto("/en/consortia");
  await expect(page).toHaveURL(/\/en\/c\/trainee-varmland$/);
});

test("signing out ends the session", async ({ page }) => {
  await signInDirectly(page, "steering@varmland.example");
  await page.goto("/sv/c/trainee-varmland");
  await page.getByRole("button", { name: sv.nav.signOut }).click();
  await expect(page).toHaveURL(/\/sv$/);
  await page.goto("/sv/c/trainee-varmland");
  await expect(page).toHaveURL(/\/sv\/sign-in\?callbackUrl=/);
});
