import sv from "../../messages/sv.json" with { type: "json" };
import { expect, expectAccessible, signInDirectly, test } from "./support";

test("an employer contact rates a candidate on the campaign's criteria, keyboard only for the scores", async ({ page }) => {
  test.setTimeout(120_000);
  await signInDirectly(page, "employer@varmland.example");
  await page.goto("/sv/c/trainee-varmland/candidates");
  await expect(page.getByRole("heading", { level: 1, name: sv.ratings.title })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: sv.ratings.notRated }).first();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: sv.ratings.rateTitle })).toBeVisible();
  await expectAccessible(page);

  // Saving with nothing chosen: a translated error per group, nothing stored.
  await page.getByRole("button", { name: sv.ratings.submit }).click();
  await expect(page.getByText(sv.validation.score).first()).toBeVisible();

  const groups = page.getByRole("group");
  const count = await groups.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await groups.nth(i).getByRole("radio").first().focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
  }
  await page.getByLabel(sv.ratings.comment).fill("Tydlig motivation och bra koppling till regionen.");
  await page.getByRole("button", { name: sv.ratings.submit }).click();
  await expect(page.getByRole("heading", { level: 2, name: sv.ratings.yourRatingTitle })).toBeVisible();
  const rated = page.url();
  await expect(page.getByText(/när ni har gett ert eget/)).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/sv/c/trainee-varmland/candidates");
  await expect(page.getByRole("cell", { name: "4/5" }).first()).toBeVisible();

  // Opened again, the saved scores are chosen and can be changed.
  await page.goto(rated);
  await expect(page.getByRole("heading", { level: 2, name: sv.ratings.yourRatingTitle })).toBeVisible();
  const saved = page.getByRole("group");
  for (let i = 0; i < count; i++) await expect(saved.nth(i).getByRole("radio", { name: "4", exact: true })).toBeChecked();
  await expect(page.getByLabel(sv.ratings.comment)).toHaveValue("Tydlig motivation och bra koppling till regionen.");
  await saved.last().getByRole("radio", { name: "5", exact: true }).check();
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: sv.ratings.update }).click()]);
  await page.reload();
  await expect(page.getByRole("group").last().getByRole("radio", { name: "5", exact: true })).toBeChecked();
});
