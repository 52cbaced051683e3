import nb from "../../messages/nb.json" with { type: "json" };
import { expect, expectAccessible, signInDirectly, test } from "./support";

test("a coordinator sets up next year's campaign in Norwegian, with the deadline in Oslo time, and members can post to it", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signInDirectly(page, "coordinator@innlandet.example");
  await page.goto("/nb/c/trainee-innlandet/campaigns");
  await expect(page.getByRole("heading", { level: 1, name: nb.campaigns.title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: nb.campaigns.new }).click();
  await expectAccessible(page);
  const cohort = `E2E-${Date.now().toString(36).slice(-4)}`;
  await page.getByLabel(nb.campaigns.form.cohortName).fill(cohort);
  await page.getByLabel(nb.campaigns.form.opensAt).fill("15.1.2027 00:00");
  await page.getByLabel(nb.campaigns.form.closesAt).fill("2027-01-10 12:00");
  await page.getByRole("button", { name: nb.campaigns.form.create }).click();
  await expect(page.getByText(nb.validation.deadlineBeforeOpening)).toBeVisible();
  await expect(page.getByLabel(nb.campaigns.form.cohortName)).toHaveValue(cohort);
  // A day-first date is shown back in the field's one form (decision 0031), not the browser's.
  await expect(page.getByLabel(nb.campaigns.form.opensAt)).toHaveValue("2027-01-15 00:00");
  await page.getByLabel(nb.campaigns.form.closesAt).fill("2027-03-01 23:59");
  await page.getByRole("button", { name: nb.campaigns.form.create }).click();
  await expect(page).toHaveURL(/\/nb\/c\/trainee-innlandet\/campaigns$/);
  const row = page.getByRole("row", { name: new RegExp(cohort) });
  await expect(row).toContainText("1. mars 2027, 23:59");
  await expect(row).toContainText(nb.campaigns.statusLabel.DRAFT);
  await row.getByRole("link", { name: cohort }).click();
  await expect(page.getByLabel(nb.campaigns.form.closesAt)).toHaveValue("2027-03-01 23:59");
  await expectAccessible(page);

  const employer = await (await browser.newContext()).newPage();
  await signInDirectly(employer, "employer@innlandet.example");
  await employer.goto("/nb/c/trainee-innlandet/postings/new");
  await expect(employer.getByLabel(nb.postings.form.campaign).locator("option", { hasText: cohort })).toHaveCount(1);
});
