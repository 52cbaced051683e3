import en from "../../messages/en.json" with { type: "json" };
import { expect, expectAccessible, signInDirectly, test } from "./support";

test("the coordinator screens anonymously and moves two applications to screening at once", async ({ page }) => {
  test.setTimeout(120_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto("/en/c/trainee-varmland/applications");
  await expect(page.getByRole("heading", { level: 1, name: en.review.title })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(en.review.stage, { exact: true }).selectOption("SUBMITTED");
  await page.getByLabel(en.review.anonymised).check();
  await page.getByRole("button", { name: en.review.apply }).click();
  await expect(page).toHaveURL(/stage=SUBMITTED/);
  await expect(page).toHaveURL(/anon=1/);
  const table = page.getByRole("table", { name: en.review.title });
  // Each applicant keeps the number of their arrival in the campaign, whatever the filter.
  await expect(table.getByRole("rowheader").first()).toHaveText(/^Applicant \d+$/);
  await expect(page.getByText(/names and universities are hidden until an application is Shortlisted/)).toBeVisible();
  await expectAccessible(page);

  const before = await page.getByText(/applications? match/).textContent();
  await table.getByRole("checkbox").nth(1).check();
  await table.getByRole("checkbox").nth(2).check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByLabel(en.review.moveTo).selectOption("SCREENING");
  await page.getByRole("button", { name: en.review.move }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 applications moved to Screening." })).toBeVisible();
  await expect(page.getByText(/applications? match/)).not.toHaveText(before!);
  await expectAccessible(page);
});
