import { randomBytes } from "node:crypto";
import nb from "../../messages/nb.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const SLUG = "trainee-innlandet";
const setup = nb.campaigns.setup;
const fill = (message: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)), message);

/** A campaign of its own, so that setting it up changes nothing the other specs rely on. */
async function freshCampaign() {
  const id = (prefix: string) => `e2e_${prefix}_${randomBytes(6).toString("hex")}`;
  const cohortId = id("cohort");
  const campaignId = id("campaign");
  await db.query(
    `INSERT INTO "Cohort" (id, "consortiumId", name, "startDate", "endDate", "programmeMonths", status, "updatedAt")
     SELECT $1, c.id, $2, '2029-09-01', '2030-08-31', 12, 'RECRUITING', now() FROM "Consortium" c WHERE c.slug = $3`,
    [cohortId, `Oppsett ${randomBytes(2).toString("hex")}`, SLUG],
  );
  await db.query(
    `INSERT INTO "Campaign" (id, "consortiumId", "cohortId", "opensAt", "closesAt", status, "updatedAt")
     SELECT $1, "consortiumId", id, '2029-01-15', '2029-03-01', 'DRAFT', now() FROM "Cohort" WHERE id = $2`,
    [campaignId, cohortId],
  );
  return campaignId;
}

test("a coordinator sets up criteria, a question and a Norwegian confirmation email by keyboard", async ({ page }) => {
  test.setTimeout(150_000);
  const campaignId = await freshCampaign();
  await signInDirectly(page, "coordinator@innlandet.example");
  await page.goto(`/nb/c/${SLUG}/campaigns/${campaignId}`);
  await page.getByRole("link", { name: setup.link }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaignId}/setup$`));
  await expectAccessible(page);

  // A criterion: "add" by keyboard puts the cursor in its first field; Tab walks the languages.
  const criteria = page.getByRole("form", { name: setup.criteria.title });
  await criteria.getByRole("button", { name: setup.criteria.add }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(fill(setup.criteria.label, { number: 1, language: nb.language.sv }))).toBeFocused();
  await page.keyboard.type("Motivation");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Motivasjon");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Motivation");
  await criteria.getByRole("button", { name: setup.criteria.save }).press("Enter");
  await expect(criteria.getByRole("status")).toHaveText(setup.saved);

  const questions = page.getByRole("form", { name: setup.questions.title });
  await questions.getByRole("button", { name: setup.questions.add }).press("Enter");
  for (const [language, text] of [["sv", "Varför Innlandet?"], ["nb", "Hvorfor Innlandet?"], ["en", "Why Innlandet?"]] as const) {
    await page.getByLabel(fill(setup.questions.label, { number: 1, language: nb.language[language] })).fill(text);
  }
  await page.getByLabel(fill(setup.questions.required, { number: 1 })).press("Space");
  await questions.getByRole("button", { name: setup.questions.save }).press("Enter");
  await expect(questions.getByRole("status")).toHaveText(setup.saved);

  // The Norwegian confirmation: the default wording is the hint; an unknown placeholder is refused.
  const templates = page.getByRole("form", { name: setup.templates.title });
  const names = { kind: setup.templates.kinds.received, language: nb.language.nb };
  const subject = page.getByLabel(fill(setup.templates.subject, names));
  await expect(subject).toHaveAttribute("placeholder", nb.email.applicant.received.subject);
  await subject.fill("Takk, {name}! {ukjent}");
  await page.getByLabel(fill(setup.templates.body, names)).fill("Vi har fått søknaden din til kull {cohort}.");
  await templates.getByRole("button", { name: setup.templates.save }).press("Enter");
  const allowed = "{name}, {cohort}, {deadline}, {retainUntil}, {consortium}";
  await expect(templates.getByText(fill(nb.validation.unknownPlaceholder, { allowed }))).toBeVisible();
  await expect(subject).toHaveAttribute("aria-invalid", "true");
  await subject.fill("Takk, {name}!");
  await templates.getByRole("button", { name: setup.templates.save }).press("Enter");
  await expect(templates.getByRole("status")).toHaveText(setup.saved);
  await expectAccessible(page);

  const { rows } = await db.query<{ ratingCriteria: unknown; extraQuestions: unknown; emailTemplates: unknown }>(
    `SELECT "ratingCriteria", "extraQuestions", "emailTemplates" FROM "Campaign" WHERE id = $1`,
    [campaignId],
  );
  expect(rows[0].ratingCriteria).toEqual([{ key: "motivation", label: { sv: "Motivation", nb: "Motivasjon", en: "Motivation" } }]);
  expect(rows[0].extraQuestions).toEqual([{ key: "why-innlandet", label: { sv: "Varför Innlandet?", nb: "Hvorfor Innlandet?", en: "Why Innlandet?" }, required: true }]);
  expect(rows[0].emailTemplates).toEqual({ received: { nb: { subject: "Takk, {name}!", body: "Vi har fått søknaden din til kull {cohort}." } } });

  await page.reload();
  await expect(page.getByLabel(fill(setup.criteria.label, { number: 1, language: nb.language.nb }))).toHaveValue("Motivasjon");
  await expect(page.getByLabel(fill(setup.templates.subject, names))).toHaveValue("Takk, {name}!");
});
