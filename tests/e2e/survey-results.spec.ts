import sv from "../../messages/sv.json" with { type: "json" };
import { FOLLOW_UP_COMMENTS } from "../../prisma/seed/texts";
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// The demo's finished cohort 2024/25 answered its end-of-programme survey (prisma/seed/survey-
// answers.ts): the coordinator reads every figure and the free text, the steering group the same
// page disclosed — and on a phone without sideways scrolling.

const SLUG = "trainee-varmland";
test.use({ viewport: { width: 390, height: 844 } });

async function finishedCohort(): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT h.id FROM "Cohort" h JOIN "Consortium" c ON c.id = h."consortiumId" WHERE c.slug = $1 AND h.name = '2024/25'`, [SLUG]);
  return rows[0].id;
}

async function noSidewaysScroll(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("the coordinator reads a survey's results: distributions, a scale's mean, the free text, the trend", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/sv/c/${SLUG}/surveys`);
  await page.getByRole("link", { name: sv.surveys.results.link }).click();
  await expect(page.getByRole("heading", { level: 1, name: sv.surveys.results.title })).toBeVisible();
  await page.getByLabel(sv.surveys.results.cohort, { exact: true }).selectOption(await finishedCohort());
  await page.getByLabel(sv.surveys.results.wave, { exact: true }).selectOption("END");
  await page.getByRole("button", { name: sv.surveys.results.show }).click();
  await expect(page).toHaveURL(/wave=END/);
  const comment = page.getByRole("region", { name: "Vill du berätta något mer för oss?" });
  await expect(comment.getByRole("listitem").first()).toBeVisible();
  const texts = await comment.getByRole("listitem").allTextContents();
  expect(texts.every((text) => FOLLOW_UP_COMMENTS.sv.includes(text))).toBe(true);
  await expect(page.getByText(/^Medelvärde \d/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: sv.surveys.results.trendTitle })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test("the steering group reads the same survey disclosed: no free text, no count that gives another back", async ({ page }) => {
  await signInDirectly(page, "steering@varmland.example");
  await page.goto(`/sv/c/${SLUG}/surveys/results?cohort=${await finishedCohort()}&wave=END`);
  await expect(page.getByText(sv.surveys.results.maskNote)).toBeVisible();
  await expect(page.getByText(sv.surveys.results.textCoordinatorOnly)).toBeVisible();
  const html = await page.content();
  for (const comment of FOLLOW_UP_COMMENTS.sv) expect(html).not.toContain(comment);
  // Where people live feeds the outcomes: disclosed there, not repeated here.
  await expect(page.getByRole("region", { name: "I vilken kommun bor du nu?" })).toHaveCount(0);
  await expect(page.getByText("<5").first()).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
  const csv = await page.request.get(`/api/c/${SLUG}/exports/surveys?cohort=${await finishedCohort()}&wave=END&locale=sv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  for (const comment of FOLLOW_UP_COMMENTS.sv) expect(text).not.toContain(comment);
});
