import { readFileSync } from "node:fs";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const SLUG = "trainee-varmland";
const EMAIL = "trainee@varmland.example";

/** The demo trainee's rows, read only: the page is checked against them. */
async function demoTrainee() {
  const trainee = (await db.query<{ id: string }>(`SELECT id FROM "Trainee" WHERE email = $1`, [EMAIL])).rows[0];
  const placements = (
    await db.query<{ name: string }>(
      `SELECT e.name FROM "Placement" p JOIN "Employer" e ON e.id = p."employerId" WHERE p."traineeId" = $1 ORDER BY p."startDate"`,
      [trainee.id],
    )
  ).rows.map((r) => r.name);
  const mentors = (
    await db.query<{ name: string }>(
      `SELECT COALESCE(m."personName", b.name) AS name FROM "MentorAssignment" m LEFT JOIN "Trainee" b ON b.id = m."buddyTraineeId" WHERE m."traineeId" = $1`,
      [trainee.id],
    )
  ).rows.map((r) => r.name);
  const gatherings = (
    await db.query<{ title: string; status: "INVITED" | "PRESENT" | "ABSENT" | "EXCUSED"; past: boolean }>(
      `SELECT g.title, a.status, g."endsAt" < now() AS past FROM "Gathering" g JOIN "Attendance" a ON a."gatheringId" = g.id WHERE a."traineeId" = $1`,
      [trainee.id],
    )
  ).rows;
  const secrets = (await db.query<{ note: string }>(`SELECT "privateNote" AS note FROM "CheckIn" WHERE "traineeId" = $1 AND "privateNote" IS NOT NULL`, [trainee.id])).rows.map((r) => r.note);
  return { placements, mentors, gatherings, secrets };
}

test("the demo trainee sees their year, their calendar feed and downloads their data", async ({ page }) => {
  const demo = await demoTrainee();
  expect(demo.placements.length).toBeGreaterThan(1);
  await signInDirectly(page, EMAIL);

  // The dashboard's overview leads to the trainee's own page.
  await page.goto(`/sv/c/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1, name: sv.dashboard.title.TRAINEE })).toBeVisible();
  await expect(page.getByText(demo.placements[0]).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: sv.dashboard.trainee.programmeLink }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/c/${SLUG}/programme$`));
  await expect(page.getByRole("heading", { level: 1, name: sv.programme.title })).toBeVisible();
  await expectAccessible(page);

  // Placements incl. the rotation, gatherings with attendance, mentor and buddy, check-in dates.
  const placements = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: sv.programme.placements.title }) });
  for (const employer of demo.placements) await expect(placements).toContainText(employer);
  // Gatherings are a list (it reads on a phone); a past one whose attendance was never taken says so.
  for (const g of demo.gatherings) {
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4, name: g.title }) }).first();
    const status = g.past && g.status === "INVITED" ? sv.programme.gatherings.notRecorded : sv.programme.gatherings.attendanceStatus[g.status];
    await expect(item).toContainText(status);
  }
  const mentors = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: sv.programme.mentors.title }) });
  for (const person of demo.mentors) await expect(mentors).toContainText(person);
  const checkIns = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: sv.programme.checkIns.title }) });
  await expect(checkIns).toContainText(sv.checkIns.which.end);
  await expect(page.getByRole("heading", { level: 2, name: sv.programme.alumni.title })).toBeVisible();

  // The calendar feed is an absolute URL with the trainee's secret.
  const feed = page.getByLabel(sv.programme.calendar.url);
  await expect(feed).toHaveValue(new RegExp(`^https?://[^/]+/api/c/${SLUG}/calendar/[\\w-]{32}$`));

  // No private note anywhere in the page.
  const html = await page.content();
  for (const secret of demo.secrets) expect(html).not.toContain(secret);

  // Their data as JSON: the trainee year without private notes.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: sv.programme.data.export }).click();
  const file = await (await downloading).path();
  const text = readFileSync(file, "utf8");
  const data = JSON.parse(text);
  expect(data.traineeYears).toHaveLength(1);
  expect(data.traineeYears[0].placements.map((p: { employer: { name: string } }) => p.employer.name)).toEqual(demo.placements);
  expect(data.traineeYears[0].checkIns.length).toBeGreaterThan(0);
  expect(text).not.toContain("privateNote");
  for (const secret of demo.secrets) expect(text).not.toContain(secret);
});

test("the trainee's pages pass axe in nb and en", async ({ page }) => {
  await signInDirectly(page, EMAIL);
  for (const [locale, messages] of [["nb", nb], ["en", en]] as const) {
    await page.goto(`/${locale}/c/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1, name: messages.dashboard.title.TRAINEE })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${locale}/c/${SLUG}/programme`);
    await expect(page.getByRole("heading", { level: 1, name: messages.programme.title })).toBeVisible();
    await expect(page.getByLabel(messages.programme.calendar.url)).toHaveValue(/\/calendar\//);
    await expectAccessible(page);
  }
});

test("the employer contact's trainee page passes axe in sv and nb, and the dashboard links to it", async ({ page }) => {
  await signInDirectly(page, "employer@varmland.example");
  await page.goto(`/sv/c/${SLUG}`);
  await page.getByRole("main").getByRole("link", { name: sv.dashboard.employer.allTrainees }).click();
  await expect(page.getByRole("heading", { level: 1, name: sv.employerTrainees.title })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/nb/c/${SLUG}/trainees`);
  await expect(page.getByRole("heading", { level: 1, name: nb.employerTrainees.title })).toBeVisible();
  await expectAccessible(page);
});
