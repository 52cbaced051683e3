import { randomBytes } from "node:crypto";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import type { Page } from "@playwright/test";
import { db, expect, expectAccessible, freshEmail, signInDirectly, test, userIdOf } from "./support";

// Follow-up surveys end to end: the coordinator adds a question and sends the END survey by hand
// to a trainee of a cohort made here (demo rows stay as they are); the trainee answers from the
// mailed link by keyboard, signed out; the coordinator sees the outcome; the trainee gives and
// withdraws alumni consent on their own page.
const SLUG = "trainee-varmland";
const id = (prefix: string) => `e2e_${prefix}_${randomBytes(6).toString("hex")}`;

/** A finished cohort (ended two months ago, outside the automatic job's window) with one trainee who can sign in. */
async function endedCohortWithTrainee(email: string, name: string) {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Consortium" WHERE slug = $1`, [SLUG]);
  const consortiumId = rows[0].id;
  const cohortId = id("cohort");
  const cohortName = `E2E ${randomBytes(3).toString("hex")}`;
  await db.query(
    `INSERT INTO "Cohort" (id, "consortiumId", name, "startDate", "endDate", "programmeMonths", status, "updatedAt")
     VALUES ($1, $2, $3, (now() - interval '14 months')::date, (now() - interval '2 months')::date, 12, 'FINISHED', now())`,
    [cohortId, consortiumId, cohortName],
  );
  const userId = await userIdOf(email);
  await db.query(`INSERT INTO "Membership" (id, "consortiumId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'TRAINEE', now())`, [id("m"), consortiumId, userId]);
  const traineeId = id("t");
  await db.query(
    `INSERT INTO "Trainee" (id, "consortiumId", "cohortId", "userId", name, email, status, "alumniConsentAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, 'COMPLETED', now(), now())`,
    [traineeId, consortiumId, cohortId, userId, name, email],
  );
  return { cohortId, cohortName, traineeId };
}

/** The survey link of the latest mail to `email`, read from the dev mailbox, as a path. */
async function surveyLinkFor(page: Page, email: string) {
  await page.goto(`/sv/dev/mailbox?to=${encodeURIComponent(email)}`);
  const link = page.locator('article a[href*="/survey/"]').first();
  await expect(link).toBeVisible();
  return new URL((await link.getAttribute("href"))!).pathname;
}

test("a coordinator adds a question and sends the end survey; the trainee answers by keyboard; the outcome shows", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = freshEmail("alumnus");
  const name = `Elin Enkätsson ${randomBytes(2).toString("hex")}`;
  const { cohortId, cohortName, traineeId } = await endedCohortWithTrainee(email, name);
  const question = `Jag rekommenderar programmet ${randomBytes(2).toString("hex")}`;

  // The question bank: a new 1–5 statement for trainees.
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/sv/c/${SLUG}/surveys/questions`);
  await expect(page.getByRole("heading", { level: 1, name: sv.surveys.bank.title })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "I vilken kommun bor du nu?" })).toContainText(sv.surveys.bank.feedsOutcomes);
  await expectAccessible(page);
  await page.getByLabel(sv.surveys.bank.kind, { exact: true }).selectOption("SCALE");
  await page.getByLabel(sv.surveys.bank.labelIn.sv).fill(question);
  await page.getByLabel(sv.surveys.bank.labelIn.nb).fill(`${question} (nb)`);
  await page.getByLabel(sv.surveys.bank.labelIn.en).fill(`${question} (en)`);
  await page.getByRole("button", { name: sv.surveys.bank.create }).click();
  await expect(page.getByRole("status").filter({ hasText: sv.surveys.bank.created })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: question })).toContainText(sv.surveys.bank.kinds.SCALE);
  await expectAccessible(page);

  // Sending by hand to the one trainee.
  await page.goto(`/sv/c/${SLUG}/surveys?cohort=${cohortId}`);
  await expect(page.getByRole("heading", { level: 1, name: sv.surveys.title })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel(sv.surveys.send.cohort, { exact: true })).toHaveValue(cohortId);
  await page.getByLabel(sv.surveys.send.trainee, { exact: true }).selectOption(traineeId);
  await page.getByRole("button", { name: sv.surveys.send.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: "Skickade: 1." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Skickad");

  // The trainee, signed out in a fresh browser, opens the mailed link twice (two tabs).
  const path = await surveyLinkFor(page, email);
  const context = await browser.newContext();
  const answerer = await context.newPage();
  const staleTab = await context.newPage();
  await answerer.goto(path);
  await staleTab.goto(path);
  await expect(answerer.getByRole("heading", { level: 1, name: sv.survey.title })).toBeVisible();
  await expectAccessible(answerer);

  // Sending nothing marks the required questions, each error tied to its field.
  const submit = answerer.getByRole("button", { name: sv.survey.submit });
  await submit.focus();
  await answerer.keyboard.press("Enter");
  const residence = answerer.getByLabel(/I vilken kommun bor du nu\?/);
  await expect(residence).toHaveAttribute("aria-invalid", "true");
  await expect(residence).toBeFocused();
  await expectAccessible(answerer);

  await answerer.keyboard.type("Karlstad");
  await expect(residence).toHaveValue("Karlstad");
  const works = answerer.getByRole("group", { name: /Arbetar du i regionen\?/ });
  await works.getByRole("radio", { name: "Ja" }).focus();
  await answerer.keyboard.press("Space");
  await expect(works.getByRole("radio", { name: "Ja" })).toBeChecked();
  const offered = answerer.getByRole("group", { name: /Fick du erbjudande om anställning/ });
  await offered.getByRole("radio", { name: "Nej" }).focus();
  await answerer.keyboard.press("Space");
  const scale = answerer.getByRole("group", { name: question });
  await scale.getByRole("radio").first().focus();
  for (let i = 0; i < 3; i++) await answerer.keyboard.press("ArrowRight");
  await expect(scale.getByRole("radio", { name: "4" })).toBeChecked();
  await submit.focus();
  await answerer.keyboard.press("Enter");
  await expect(answerer.getByRole("status").filter({ hasText: sv.survey.thanks })).toBeVisible();
  await expectAccessible(answerer);

  // The other tab still shows the form: its submit is told the survey is answered.
  await staleTab.getByLabel(/I vilken kommun bor du nu\?/).focus();
  await staleTab.keyboard.type("Arvika");
  await staleTab.getByRole("group", { name: /Arbetar du i regionen\?/ }).getByRole("radio", { name: "Nej" }).check();
  await staleTab.getByRole("group", { name: /Fick du erbjudande om anställning/ }).getByRole("radio", { name: "Ja" }).check();
  await staleTab.getByRole("button", { name: sv.survey.submit }).click();
  await expect(staleTab.getByRole("alert").filter({ hasText: sv.errors.surveyAnswered })).toBeVisible();
  for (const [locale, messages] of [["nb", nb], ["en", en]] as const) {
    await answerer.goto(path.replace(/^\/sv\//, `/${locale}/`));
    await expect(answerer.getByText(messages.errors.surveyAnswered)).toBeVisible();
    await expectAccessible(answerer);
  }
  await context.close();

  const row = await db.query(`SELECT municipality, "livesInRegion", "worksInRegion", "answeredAt", answers FROM "FollowUp" WHERE "traineeId" = $1`, [traineeId]);
  expect(row.rows[0]).toMatchObject({ municipality: "Karlstad", livesInRegion: "YES", worksInRegion: "YES" });
  expect(row.rows[0].answeredAt).not.toBeNull();
  expect(Object.values(row.rows[0].answers)).toContain(4);
  const trainee = await db.query(`SELECT "residenceMunicipality", "offeredJob" FROM "Trainee" WHERE id = $1`, [traineeId]);
  expect(trainee.rows[0]).toEqual({ residenceMunicipality: "Karlstad", offeredJob: "NO" });

  // The coordinator sees the outcome, per trainee and in the cohort's figures.
  await page.goto(`/sv/c/${SLUG}/surveys?cohort=${cohortId}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Karlstad · i regionen: ja");
  const endRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: cohortName, exact: true }) }).filter({ hasText: sv.surveys.overview.wave.END });
  await expect(endRow.filter({ hasText: "100 %" }).first()).toBeVisible();
  for (const [locale, messages] of [["nb", nb], ["en", en]] as const) {
    await page.goto(`/${locale}/c/${SLUG}/surveys?cohort=${cohortId}`);
    await expect(page.getByRole("heading", { level: 1, name: messages.surveys.title })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${locale}/c/${SLUG}/surveys/questions`);
    await expect(page.getByRole("heading", { level: 1, name: messages.surveys.bank.title })).toBeVisible();
    await expectAccessible(page);
  }

  // Tidy the demo bank: the new question is archived (the sent survey keeps its copy).
  await page.goto(`/sv/c/${SLUG}/surveys/questions`);
  await page.getByRole("row").filter({ hasText: question }).getByRole("button", { name: new RegExp(`^${sv.surveys.bank.archive}`) }).click();
  await page.getByRole("button", { name: sv.surveys.bank.archive, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: sv.surveys.bank.archivedTitle })).toBeVisible();
  await expectAccessible(page);

  // The trainee's own page: consent to later contact, withdrawn and given again.
  const own = await browser.newContext();
  const me = await own.newPage();
  await signInDirectly(me, email);
  await me.goto(`/sv/c/${SLUG}/programme`);
  await expect(me.getByRole("heading", { level: 2, name: sv.programme.alumni.title })).toBeVisible();
  await me.getByRole("button", { name: sv.alumni.withdraw }).click();
  await expectAccessible(me);
  await me.getByRole("group", { name: sv.alumni.withdrawConfirm }).getByRole("button", { name: sv.alumni.withdraw }).click();
  await expect(me.getByText(/Du tog tillbaka ditt samtycke den/)).toBeVisible();
  await expect.poll(async () => (await db.query(`SELECT "alumniConsentAt" FROM "Trainee" WHERE id = $1`, [traineeId])).rows[0].alumniConsentAt).toBeNull();
  await me.getByRole("button", { name: sv.alumni.give }).click();
  await expect(me.getByText(/Du samtyckte den/)).toBeVisible();
  await expectAccessible(me);
  await own.close();
});

test("the region's municipalities are edited one a line on the settings page; a name too long is refused", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/en/c/${SLUG}/settings`);
  await expect(page.getByRole("heading", { level: 2, name: en.settings.municipalities.title })).toBeVisible();
  const list = page.getByLabel(en.settings.municipalities.label);
  await expect(list).toHaveValue(/(^|\n)Karlstad\n/);
  await list.press("Control+End");
  await list.pressSequentially(`\n${"Longname".repeat(11)}`);
  await page.getByRole("button", { name: en.settings.municipalities.save }).click();
  await expect(page.getByText(en.settings.municipalities.tooLong)).toBeVisible();
  await expect(list).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  const stored = await db.query<{ municipalities: string[] }>(`SELECT municipalities FROM "Consortium" WHERE slug = $1`, [SLUG]);
  expect(stored.rows[0].municipalities.some((m) => m.startsWith("Longname"))).toBe(false);
});
