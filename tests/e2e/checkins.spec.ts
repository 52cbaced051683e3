import { randomBytes } from "node:crypto";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const SLUG = "trainee-varmland";

/**
 * A trainee of our own in the running cohort, placed with the demo employer contact's employer,
 * with one overdue check-in. Ids start with "zz" and the check-in is due after the seeded first
 * ones, so the route matrix's "first trainee / first check-in" stay the seeded ones.
 */
async function traineeWithCheckIn(name: string) {
  const { rows } = await db.query<{ consortiumId: string; cohortId: string; startDate: Date; endDate: Date; employerId: string }>(
    `SELECT c.id AS "consortiumId", h.id AS "cohortId", h."startDate", h."endDate", m."employerId"
       FROM "Consortium" c JOIN "Cohort" h ON h."consortiumId" = c.id
       JOIN "Membership" m ON m."consortiumId" = c.id JOIN "User" u ON u.id = m."userId"
      WHERE c.slug = $1 AND h.status = 'RUNNING' AND u.email = 'employer@varmland.example'
      ORDER BY h."startDate" DESC LIMIT 1`,
    [SLUG],
  );
  const { consortiumId, cohortId, startDate, endDate, employerId } = rows[0];
  const id = (prefix: string) => `zz_e2e_${prefix}_${randomBytes(6).toString("hex")}`;
  const traineeId = id("t");
  await db.query(
    `INSERT INTO "Trainee" (id, "consortiumId", "cohortId", name, email, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [traineeId, consortiumId, cohortId, name, `${traineeId}@e2e.example`],
  );
  await db.query(
    `INSERT INTO "Placement" (id, "consortiumId", "traineeId", "employerId", "startDate", "endDate") VALUES ($1, $2, $3, $4, $5, $6)`,
    [id("p"), consortiumId, traineeId, employerId, startDate, endDate],
  );
  const checkInId = id("c");
  await db.query(
    `INSERT INTO "CheckIn" (id, "consortiumId", "traineeId", "monthOffset", "dueDate") VALUES ($1, $2, $3, 2, now()::date - 10)`,
    [checkInId, consortiumId, traineeId],
  );
  return checkInId;
}

test("the coordinator records a check-in; the employer contact reads the shared notes, never the private one", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const name = `Ebba Samtalsson ${tag}`;
  const checkInId = await traineeWithCheckIn(name);
  const shared = `Trivs bra i teamet och har tagit över ett eget projekt ${tag}.`;
  const secret = `Privat anteckning om bostadsoro ${tag}`;
  const steps = `Boka ett möte med mentorn före jul ${tag}.`;

  // The coordinator finds the overdue check-in in the list and opens it.
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/sv/c/${SLUG}/check-ins`);
  await expect(page.getByRole("heading", { level: 1, name: sv.checkIns.title })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(sv.checkIns.overdue);
  // The schedule form checks its input without saving anything.
  const months = page.getByLabel(sv.checkIns.schedule.months).first();
  await months.fill("0, 30");
  await page.getByRole("button", { name: sv.checkIns.schedule.save }).first().click();
  await expect(page.getByText(sv.checkIns.schedule.monthsInvalid).first()).toBeVisible();
  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/c/${SLUG}/check-ins/${checkInId}$`));
  await expect(page.getByRole("group", { name: sv.checkIns.record.sharedLegend })).toBeVisible();
  await expect(page.getByRole("group", { name: sv.checkIns.record.privateLegend })).toBeVisible();
  await expectAccessible(page);

  // Without a wellbeing score the form says so; then the notes go in by keyboard.
  await page.getByRole("button", { name: sv.checkIns.record.save }).click();
  await expect(page.getByText(sv.validation.score)).toBeVisible();
  await page.getByRole("radio", { name: sv.checkIns.record.scale["4"] }).check();
  await page.getByLabel(sv.checkIns.record.nextSteps).fill(steps);
  await page.getByLabel(sv.checkIns.record.sharedNote).fill(shared);
  await page.getByLabel(sv.checkIns.record.privateNote).fill(secret);
  await page.getByLabel(sv.checkIns.record.privateNote).press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: sv.checkIns.record.saved })).toBeVisible();
  await expectAccessible(page);
  const saved = await db.query(`SELECT wellbeing, "sharedNote", "privateNote", "nextSteps", "completedAt" FROM "CheckIn" WHERE id = $1`, [checkInId]);
  expect(saved.rows[0]).toMatchObject({ wellbeing: 4, sharedNote: shared, privateNote: secret, nextSteps: steps });
  expect(saved.rows[0].completedAt).not.toBeNull();

  // Edited later: the form shows what was saved, and the button now saves changes.
  await page.reload();
  await expect(page.getByLabel(sv.checkIns.record.privateNote)).toHaveValue(secret);
  await expect(page.getByRole("button", { name: sv.checkIns.record.update })).toBeVisible();
  await page.goto(`/sv/c/${SLUG}/check-ins`);
  await expect(page.getByRole("table", { name: sv.checkIns.doneTitle }).getByRole("row").filter({ hasText: name })).toBeVisible();

  // The employer contact (in English) sees the trainee with the shared part only.
  const context = await browser.newContext();
  const employer = await context.newPage();
  await signInDirectly(employer, "employer@varmland.example");
  await employer.goto(`/en/c/${SLUG}/trainees`);
  await expect(employer.getByRole("heading", { level: 1, name: en.employerTrainees.title })).toBeVisible();
  const card = employer.locator("section").filter({ has: employer.getByRole("heading", { level: 2, name }) });
  await expect(card).toContainText(shared);
  await expect(card).toContainText(steps);
  await expectAccessible(employer);
  expect(await employer.content()).not.toContain(secret);
  const html = await (await employer.request.get(`/en/c/${SLUG}/trainees`)).text();
  expect(html).toContain(shared);
  expect(html).not.toContain(secret);
  await context.close();
});

test("the coordinator's dashboard lists check-ins to hold, and the check-in pages pass axe in nb and en", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/nb/c/${SLUG}`);
  await expect(page.getByRole("heading", { level: 2, name: nb.dashboard.checkIns.title })).toBeVisible();
  await expectAccessible(page);
  for (const [locale, messages] of [["nb", nb], ["en", en]] as const) {
    await page.goto(`/${locale}/c/${SLUG}/check-ins`);
    await expect(page.getByRole("heading", { level: 1, name: messages.checkIns.title })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("table", { name: messages.checkIns.openTitle }).getByRole("link").first().click();
    await expect(page.getByRole("group", { name: messages.checkIns.record.privateLegend })).toBeVisible();
    await expectAccessible(page);
  }
});
