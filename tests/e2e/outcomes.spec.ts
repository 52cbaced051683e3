import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const SLUG = "trainee-varmland";
const COORDINATOR = "coordinator@varmland.example";
const STEERING = "steering@varmland.example";

/**
 * A finished cohort of our own, long ago (2013), so no other spec's figures move: seven trainees,
 * five women and two men — "2" is a count the steering group must see as "<5".
 */
async function createSmallCohort() {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Consortium" WHERE slug = $1`, [SLUG]);
  const consortiumId = rows[0].id;
  const cohortId = `e2e_cohort_${randomBytes(6).toString("hex")}`;
  const name = `Utfall 2013 ${randomBytes(2).toString("hex")}`;
  await db.query(
    `INSERT INTO "Cohort" (id, "consortiumId", name, "startDate", "endDate", "programmeMonths", status, imported, "updatedAt")
     VALUES ($1, $2, $3, '2013-09-01', '2014-08-31', 12, 'FINISHED', true, now())`,
    [cohortId, consortiumId, name],
  );
  for (const [i, gender] of ["WOMAN", "WOMAN", "WOMAN", "WOMAN", "WOMAN", "MAN", "MAN"].entries()) {
    await db.query(
      `INSERT INTO "Trainee" (id, "consortiumId", "cohortId", name, gender, ties, status, "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"Gender", ARRAY['GREW_UP']::"RegionTie"[], 'COMPLETED', now())`,
      [`${cohortId}_t${i}`, consortiumId, cohortId, `Trainee ${i}`, gender],
    );
  }
  return { cohortId, name };
}

let cohort: { cohortId: string; name: string };

test.beforeAll(async () => {
  cohort = await createSmallCohort();
});

test.afterAll(async () => {
  // Trainees go with their cohort (ON DELETE CASCADE).
  await db.query(`DELETE FROM "Cohort" WHERE id = $1`, [cohort.cohortId]);
});

function genderRow(page: Page, messages: typeof en, label: string) {
  return page.getByRole("region", { name: messages.outcomes.panels.gender }).getByRole("row", { name: new RegExp(`^${label}\\b`) });
}

test("a steering member sees '<5' and no share where the coordinator sees the exact count", async ({ page, browser }) => {
  await signInDirectly(page, STEERING);
  await page.goto(`/en/c/${SLUG}/outcomes?cohort=${cohort.cohortId}`);
  await expect(page.getByRole("heading", { level: 1, name: en.outcomes.title })).toBeVisible();
  await expect(page.getByText(en.outcomes.maskNote)).toBeVisible();
  await expect(genderRow(page, en, en.options.gender.MAN).getByRole("cell")).toHaveText(["<5", en.outcomes.hidden]);
  // 5 women of 7 beside "<5" men would give the 2 back: the women are hidden too.
  await expect(genderRow(page, en, en.options.gender.WOMAN).getByRole("cell")).toHaveText([en.outcomes.hidden, en.outcomes.hidden]);
  // Every bar would be "<5" or hidden: no chart, the table says it all.
  await expect(page.getByRole("img", { name: new RegExp(en.outcomes.panels.gender) })).toHaveCount(0);
  // Nowhere in the page (table, chart labels, the props the charts were sent) is the man's 29 %.
  expect(await page.content()).not.toContain("29%");
  await expectAccessible(page);

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const coordinator = await context.newPage();
  await signInDirectly(coordinator, COORDINATOR);
  await coordinator.goto(`/sv/c/${SLUG}/outcomes?cohort=${cohort.cohortId}`);
  await expect(genderRow(coordinator, sv, sv.options.gender.MAN).getByRole("cell")).toHaveText(["2", "29 %"]);
  await expect(coordinator.getByText(sv.outcomes.maskNote)).toHaveCount(0);
  await expectAccessible(coordinator);
  await context.close();
});

test("a steering member reaches the outcomes from the overview and filters by years with the keyboard", async ({ page }) => {
  await signInDirectly(page, STEERING);
  await page.goto(`/sv/c/${SLUG}`);
  await expectAccessible(page);
  await page.getByRole("link", { name: sv.outcomes.homeLink }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/c/${SLUG}/outcomes$`));
  const from = page.getByLabel(sv.outcomes.filter.from);
  await from.focus();
  await from.selectOption("2013");
  await page.keyboard.press("Tab");
  await page.getByLabel(sv.outcomes.filter.to).selectOption("2013");
  await page.getByRole("button", { name: sv.outcomes.filter.show }).press("Enter");
  await expect(page).toHaveURL(/from=2013&to=2013/);
  await expect(page.getByText(sv.outcomes.period.year.replace("{year}", "2013")).first()).toBeVisible();
  const funnel = page.getByRole("region", { name: sv.outcomes.panels.funnel });
  await expect(funnel.getByRole("rowheader", { name: cohort.name })).toBeVisible();
  await expectAccessible(page);
});

test("the board report is in the consortium's language and prints without the app around it", async ({ page }) => {
  await signInDirectly(page, COORDINATOR);
  await page.goto(`/en/c/${SLUG}/outcomes/report?cohort=${cohort.cohortId}`);
  // Trainee Värmland works in Swedish: the report is Swedish though the interface is English.
  const title = page.getByRole("heading", { level: 1, name: sv.outcomes.report.title.replace("{consortium}", "Trainee Värmland") });
  await expect(title).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: sv.outcomes.sections.results })).toBeVisible();
  const print = page.getByRole("button", { name: en.outcomes.report.print });
  await expect(print).toBeVisible();
  await expect(page.getByRole("navigation", { name: en.nav.main })).toBeVisible();
  await expectAccessible(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: en.nav.main })).toBeHidden();
  await expect(page.getByRole("link", { name: en.outcomes.report.back })).toBeHidden();
  await expect(print).toBeHidden();
  await expect(title).toBeVisible();
  await expect(page.getByRole("region", { name: sv.outcomes.panels.gender }).getByRole("table")).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(255, 255, 255)");
});

test("a steering member downloads a table as CSV: UTF-8 with BOM, masked as on screen", async ({ page }) => {
  await signInDirectly(page, STEERING);
  await page.goto(`/nb/c/${SLUG}/outcomes?cohort=${cohort.cohortId}`);
  await expectAccessible(page);
  const panel = page.getByRole("region", { name: nb.outcomes.panels.gender });
  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: new RegExp(nb.outcomes.downloadCsv) }).click()]);
  expect(download.suggestedFilename()).toMatch(/^outcomes-gender-trainee-varmland-utfall-2013-[0-9a-f]{4}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines).toEqual(["Kjønn;Traineer;Andel (%)", `${nb.options.gender.WOMAN};${nb.outcomes.hidden};`, `${nb.options.gender.MAN};<5;`]);
});
