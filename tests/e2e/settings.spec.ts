import nb from "../../messages/nb.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const retentionOf = async (slug: string) =>
  (await db.query<{ months: number }>(`SELECT "retentionMonths" AS months FROM "Consortium" WHERE slug = $1`, [slug])).rows[0].months;

test("a coordinator sets how long applicant data is kept, within 12 to 60 months", async ({ page }) => {
  test.setTimeout(120_000);
  await signInDirectly(page, "coordinator@innlandet.example");
  await page.goto("/nb/c/trainee-innlandet");
  await page.getByRole("link", { name: nb.nav.settings }).click();
  await expect(page).toHaveURL(/\/nb\/c\/trainee-innlandet\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: nb.settings.title })).toBeVisible();
  await expect(page.getByRole("link", { name: nb.nav.settings })).toHaveAttribute("aria-current", "page");
  const months = page.getByLabel(nb.settings.retention.months);
  await expect(months).toHaveValue("24");
  await expect(page.getByText(/Standard er 24 måneder/)).toBeVisible();
  await expectAccessible(page);

  await months.fill("61");
  await page.getByRole("button", { name: nb.settings.retention.save }).click();
  await expect(page.getByText(nb.validation.retentionMonths)).toBeVisible();
  await expect(months).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await retentionOf("trainee-innlandet")).toBe(24);

  try {
    await months.fill("36");
    await page.getByRole("button", { name: nb.settings.retention.save }).click();
    await expect(page.getByRole("status").filter({ hasText: nb.settings.retention.saved })).toBeVisible();
    await expect.poll(() => retentionOf("trainee-innlandet")).toBe(36);
    await page.reload();
    await expect(page.getByLabel(nb.settings.retention.months)).toHaveValue("36");
  } finally {
    await db.query(`UPDATE "Consortium" SET "retentionMonths" = 24 WHERE slug = 'trainee-innlandet'`);
  }
});

test("a closed campaign offers to finish recruitment, with a confirm step", async ({ page }) => {
  await signInDirectly(page, "coordinator@innlandet.example");
  const closed = await db.query<{ id: string }>(
    `SELECT k.id FROM "Campaign" k JOIN "Consortium" c ON c.id = k."consortiumId"
      WHERE c.slug = 'trainee-innlandet' AND k."closesAt" < now() AND k."closingEmailsSentAt" IS NULL ORDER BY k."closesAt" DESC LIMIT 1`,
  );
  await page.goto(`/nb/c/trainee-innlandet/campaigns/${closed.rows[0].id}`);
  await expect(page.getByRole("heading", { level: 2, name: nb.campaigns.finish.title })).toBeVisible();
  await page.getByRole("button", { name: nb.campaigns.finish.button }).click();
  await expect(page.getByRole("group", { name: nb.campaigns.finish.confirm })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: nb.app.cancel }).click();
  await expect(page.getByRole("button", { name: nb.campaigns.finish.button })).toBeVisible();
});
