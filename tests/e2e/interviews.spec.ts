import { randomBytes } from "node:crypto";
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, followLatestLink, freshEmail, signInDirectly, signInThroughMailbox, test, userIdOf } from "./support";

const SLUG = "trainee-varmland";

/** A new graduate of Trainee Värmland whose application in the open campaign is shortlisted. */
async function shortlistedCandidate(email: string, firstName: string, lastName: string) {
  const { rows } = await db.query<{ consortiumId: string; campaignId: string }>(
    `SELECT c.id AS "consortiumId", k.id AS "campaignId" FROM "Consortium" c JOIN "Campaign" k ON k."consortiumId" = c.id
      WHERE c.slug = $1 AND k.status = 'OPEN' ORDER BY k."opensAt" DESC LIMIT 1`,
    [SLUG],
  );
  const { consortiumId, campaignId } = rows[0];
  const userId = await userIdOf(email);
  const id = (prefix: string) => `e2e_${prefix}_${randomBytes(6).toString("hex")}`;
  await db.query(`INSERT INTO "Membership" (id, "consortiumId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'APPLICANT', now())`, [id("m"), consortiumId, userId]);
  const applicantId = id("p");
  await db.query(
    `INSERT INTO "Applicant" (id, "consortiumId", "userId", "firstName", "lastName", email, "educationLevel", field, university, "graduationYear", ties, "processingConsentAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, 'MASTER', 'Ekonomi', 'Karlstads universitet', 2026, ARRAY['STUDIED']::"RegionTie"[], now(), now())`,
    [applicantId, consortiumId, userId, firstName, lastName, email],
  );
  await db.query(
    `INSERT INTO "Application" (id, "consortiumId", "applicantId", "campaignId", stage, "submittedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'SHORTLISTED', now(), now())`,
    [id("a"), consortiumId, applicantId, campaignId],
  );
  return campaignId;
}

test("the coordinator sets up a slot and invites a shortlisted candidate, who books it by keyboard", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = freshEmail("interviewee");
  const name = `Ebba Intervjusson${randomBytes(2).toString("hex")}`;
  const [firstName, lastName] = name.split(" ");
  const campaignId = await shortlistedCandidate(email, firstName, lastName);
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  // The coordinator: a series of one slot, 10:00–10:45 on site, then the invitation.
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/sv/c/${SLUG}/interviews?campaign=${campaignId}`);
  await expect(page.getByRole("heading", { level: 1, name: sv.interviews.title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: sv.interviews.form.createSeries }).click();
  await expect(page.getByText(sv.validation.date).first()).toBeVisible();
  await page.getByLabel(sv.interviews.form.date).fill(day);
  await page.getByLabel(sv.interviews.form.from).fill("10:00");
  await page.getByLabel(sv.interviews.form.to, { exact: true }).fill("10:45");
  await page.getByLabel(sv.interviews.form.location, { exact: true }).fill("Karlstads stadshus, rum 3");
  await page.getByLabel(sv.interviews.form.interviewers).fill("Maria Sundberg\nJohan Lindqvist");
  await page.getByRole("button", { name: sv.interviews.form.createSeries }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 tid skapades." })).toBeVisible();
  const slotRow = page.getByRole("row").filter({ hasText: "Karlstads stadshus, rum 3" });
  await expect(slotRow).toContainText("10:00");
  await expect(slotRow).toContainText(sv.interviews.nobody);

  await page.getByRole("checkbox", { name: `Välj ${name}`, exact: true }).check();
  await page.getByRole("button", { name: sv.interviews.invite }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 kandidat inbjuden." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(sv.stages.INTERVIEW);
  await expectAccessible(page);

  // The candidate: signs in through the mailbox and follows the invitation's link.
  const context = await browser.newContext();
  const candidate = await context.newPage();
  await signInThroughMailbox(candidate, email);
  await followLatestLink(candidate, email, "/me/interview");
  await expect(candidate).toHaveURL(new RegExp(`/sv/c/${SLUG}/me/interview$`));
  await expect(candidate.getByRole("heading", { level: 1, name: sv.interviews.me.title })).toBeVisible();
  await expect(candidate.getByText(sv.interviews.me.notBooked)).toBeVisible();
  await expectAccessible(candidate);

  const group = candidate.getByRole("group", { name: sv.interviews.me.legend });
  const option = group.getByRole("radio", { name: /Karlstads stadshus, rum 3/ });
  await group.getByRole("radio").first().focus();
  for (let i = 0; i < 20 && !(await option.evaluate((el) => el === document.activeElement)); i++) await candidate.keyboard.press("ArrowDown");
  await candidate.keyboard.press("Space");
  await expect(option).toBeChecked();
  await candidate.keyboard.press("Enter");
  await expect(candidate.getByRole("status").filter({ hasText: sv.interviews.me.bookedOk })).toBeVisible();
  const booked = candidate.locator("section").filter({ has: candidate.getByRole("heading", { level: 2, name: sv.interviews.me.bookedTitle }) });
  await expect(booked).toContainText("10:00–10:45");
  await expect(booked).toContainText("Karlstads stadshus, rum 3");
  await expectAccessible(candidate);

  // The confirmation carries the calendar invitation.
  const mail = await db.query<{ attachments: { filename: string }[] }>(
    `SELECT attachments FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE 'Din intervju är bokad%'`,
    [email],
  );
  expect(mail.rows.map((r) => r.attachments[0].filename)).toEqual(["interview.ics"]);
  await context.close();
});
