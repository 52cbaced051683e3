import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const SLUG = "trainee-varmland";

/**
 * A trainee of our own in the running cohort, with no placement yet, and the employers the
 * employer selects list (by name, as the page orders them) that are not the demo employer contact's:
 * the demo employer's pages are read by other specs, and this trainee must not show up there.
 */
async function setUp() {
  const { rows } = await db.query<{ consortiumId: string; cohortId: string; cohortName: string; cohortStart: string; demoEmployerId: string }>(
    `SELECT c.id AS "consortiumId", h.id AS "cohortId", h.name AS "cohortName", to_char(h."startDate", 'YYYY-MM-DD') AS "cohortStart",
            (SELECT m."employerId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."consortiumId" = c.id AND u.email = 'employer@varmland.example') AS "demoEmployerId"
       FROM "Consortium" c JOIN "Cohort" h ON h."consortiumId" = c.id WHERE c.slug = $1 AND h.status = 'RUNNING' LIMIT 1`,
    [SLUG],
  );
  const { consortiumId, cohortId, cohortName, cohortStart, demoEmployerId } = rows[0];
  const employers = await db.query<{ id: string; name: string; status: string }>(
    `SELECT id, name, status FROM "Employer" WHERE "consortiumId" = $1 ORDER BY name ASC`,
    [consortiumId],
  );
  // Position in the select: the "choose" option is 0, employers follow from 1.
  const usable = employers.rows.map((e, i) => ({ ...e, position: i + 1 })).filter((e) => e.id !== demoEmployerId && e.status === "ACTIVE");
  const name = `Tove Rotationsdotter ${randomBytes(2).toString("hex")}`;
  const traineeId = `e2e_trainee_${randomBytes(6).toString("hex")}`;
  await db.query(
    `INSERT INTO "Trainee" (id, "consortiumId", "cohortId", name, email, ties, "updatedAt") VALUES ($1, $2, $3, $4, $5, ARRAY[]::"RegionTie"[], now())`,
    [traineeId, consortiumId, cohortId, name, `${traineeId}@e2e.example`],
  );
  return { cohortId, cohortName, cohortStart, traineeId, name, usable };
}

/** Presses Tab until `target` has the focus, as someone at the keyboard would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element by Tab");
}

/** Picks the option at `position` of a focused select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, position: number) {
  await expect(select).toBeFocused();
  await page.keyboard.press("Home");
  for (let i = 0; i < position; i++) await page.keyboard.press("ArrowDown");
  await expect(select).toHaveJSProperty("selectedIndex", position);
}

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

test("the coordinator plans a rotation by keyboard, sees it on the timeline, moves the trainee and records an outcome", async ({ page }) => {
  test.setTimeout(180_000);
  const setup = await setUp();
  const [first, second, third, fourth] = setup.usable;
  await signInDirectly(page, "coordinator@varmland.example");

  await page.goto(`/sv/c/${SLUG}/cohorts`);
  await expect(page.getByRole("heading", { level: 1, name: sv.cohorts.title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: setup.cohortName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: setup.cohortName })).toBeVisible();
  await expect(page.getByRole("link", { name: sv.cohorts.page.gatherings })).toHaveAttribute("href", `/sv/c/${SLUG}/cohorts/${setup.cohortId}/gatherings`);
  await expectAccessible(page);
  await page.getByRole("link", { name: setup.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: setup.name })).toBeVisible();
  await expect(page.getByText(sv.placements.history.empty)).toBeVisible();
  await expectAccessible(page);

  // Three employers of four months each, from the cohort's start, without the mouse.
  const rotation = page.locator("form").filter({ has: page.getByRole("button", { name: sv.placements.rotation.submit }) });
  const legs = [first, second, third];
  for (const [i, employer] of legs.entries()) {
    const select = rotation.getByLabel(`Arbetsgivare ${i + 1}`, { exact: true });
    if (i === 0) await tabTo(page, select);
    else {
      await tabTo(page, rotation.getByRole("button", { name: sv.placements.rotation.add }));
      await page.keyboard.press("Enter");
    }
    await arrowTo(page, select, employer.position);
    await page.keyboard.press("Tab");
    await expect(rotation.getByLabel(`Månader hos arbetsgivare ${i + 1}`)).toBeFocused();
    await page.keyboard.type("4");
  }
  await tabTo(page, rotation.getByRole("button", { name: sv.placements.rotation.submit }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: sv.placements.rotation.planned })).toBeVisible();
  const history = page.getByRole("table", { name: sv.placements.history.caption });
  for (const employer of legs) await expect(history.getByRole("rowheader", { name: employer.name })).toBeVisible();
  await expectAccessible(page);

  // The timeline: three bars, each with its employer and dates as text.
  await page.getByRole("link", { name: sv.trainees.page.back.replace("{cohort}", setup.cohortName) }).click();
  const bars = page.getByRole("list", { name: `Placeringar för ${setup.name}` }).getByRole("listitem");
  await expect(bars).toHaveCount(3);
  for (const [i, employer] of legs.entries()) await expect(bars.nth(i)).toContainText(employer.name);
  await expect(page.getByRole("table", { name: new RegExp(setup.cohortName) }).getByRole("row").filter({ hasText: setup.name })).toContainText(first.name);
  await page.getByRole("link", { name: setup.name }).first().click();

  // A move during the second placement, with its reason; the history keeps both.
  const move = page.locator("form").filter({ has: page.getByRole("button", { name: sv.placements.move.submit }) });
  await move.getByLabel(sv.placements.move.employer).focus();
  await arrowTo(page, move.getByLabel(sv.placements.move.employer), fourth.position);
  await move.getByLabel(sv.placements.move.fromDate).fill(addMonths(setup.cohortStart, 5));
  await move.getByLabel(sv.placements.move.reason).fill("Ny roll inom ekonomistyrning");
  await move.getByRole("button", { name: sv.placements.move.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: sv.placements.move.moved })).toBeVisible();
  await expect(history.getByRole("row")).toHaveCount(5);
  await expect(history.getByRole("row").filter({ hasText: second.name })).toContainText("Flyttad: Ny roll inom ekonomistyrning");
  await expect(history.getByRole("rowheader", { name: fourth.name })).toBeVisible();

  // The outcome: offered a job and accepted, living in one of the region's municipalities.
  const outcome = page.locator("form").filter({ has: page.getByRole("button", { name: sv.trainees.outcome.save }) });
  await outcome.getByLabel(sv.trainees.outcome.offeredJob).selectOption("YES");
  await outcome.getByLabel(sv.trainees.outcome.acceptedOffer).selectOption("YES");
  await outcome.getByLabel(sv.trainees.outcome.residence).selectOption("REGION");
  await outcome.getByLabel(sv.trainees.outcome.municipality).selectOption("Arvika");
  await outcome.getByRole("button", { name: sv.trainees.outcome.save }).click();
  await expect(page.getByRole("status").filter({ hasText: sv.trainees.outcome.saved })).toBeVisible();
  await expect(page.getByText("I regionen: Arvika")).toBeVisible();
  await expectAccessible(page);
  const stored = await db.query(`SELECT "offeredJob", "acceptedOffer", "residenceMunicipality" FROM "Trainee" WHERE id = $1`, [setup.traineeId]);
  expect(stored.rows[0]).toEqual({ offeredJob: "YES", acceptedOffer: "YES", residenceMunicipality: "Arvika" });
});

test("the cohort pages in English and Norwegian", async ({ page }) => {
  // Six pages through axe: on a busy two-core machine that can take longer than the default.
  test.setTimeout(240_000);
  const setup = await setUp();
  await signInDirectly(page, "coordinator@varmland.example");
  for (const locale of ["en", "nb"]) {
    for (const path of [`/cohorts`, `/cohorts/${setup.cohortId}`, `/cohorts/${setup.cohortId}/trainees/${setup.traineeId}`]) {
      await page.goto(`/${locale}/c/${SLUG}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  }
});
