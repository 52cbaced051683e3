import { randomBytes } from "node:crypto";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import type { Page } from "@playwright/test";
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// A coordinator imports two years of history from spreadsheets: a dry run of a file with mistakes
// lists them, the corrected files check clean and import, and both years show on the cohorts page
// and the outcomes dashboard. Cohort and employer names are this run's own ("zz …" employers sort
// after the demo ones, so no other spec's lists move); no demo row is changed.
const SLUG = "trainee-innlandet";
const COORDINATOR = "coordinator@innlandet.example";
const run = randomBytes(3).toString("hex");
const cohorts = [
  { name: `Historikk ${run} 2012/13`, start: "2012-08-15", end: "2013-08-14" },
  { name: `Historikk ${run} 2013/14`, start: "2013-08-15", end: "2014-08-14" },
];
const HEADER =
  "cohort;cohort_start;cohort_end;trainee_name;trainee_email;gender;education_level;field;ties;employer;employer_org_number;employer_sector;completed;offered_job;accepted_offer;in_region_end;in_region_1y;in_region_3y";

function traineesFile(mistake: boolean) {
  const rows = [
    [cohorts[0], "Kari Nordmann", "woman", "master", "grew_up", `zz Hamar Energi ${run}`, "yes;yes;yes;yes;yes;unknown"],
    [cohorts[0], "Ola Berg", "man", "bachelor", "studied+partner_family", `zz Gjøvik kommune ${run}`, "yes;no;unknown;no;no;unknown"],
    [cohorts[1], "Ingrid Dahl", mistake ? "hunn" : "kvinne", "phd", "none", `zz Hamar Energi ${run}`, "no;no;unknown;unknown;unknown;unknown"],
    [cohorts[1], "Per Lie", "other", "unknown", "unknown", `zz Elverum Tre ${run}`, "unknown;unknown;unknown;unknown;unknown;unknown"],
  ] as const;
  const lines = rows.map(([c, name, gender, education, ties, employer, outcomes]) => {
    const email = `${name.toLowerCase().replace(" ", ".")}.${run}@e2e.example`;
    const sector = employer.includes("kommune") ? "public" : "private";
    return [c.name, c.start, c.end, name, email, gender, education, "Økonomi", ties, employer, "", sector, outcomes].join(";");
  });
  return { name: "traineer.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`) };
}

const campaignsFile = () => ({
  name: "kampanjer.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`cohort,applicants,places,applicants_outside_region,interviewed\n"${cohorts[0].name}",96,2,40,18\n"${cohorts[1].name}",121,2,51,20\n`),
});

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectAccessible(page);
}

test("a coordinator checks and imports two years of history and sees them on the cohorts page and the dashboard", async ({ page }) => {
  test.setTimeout(180_000);
  await signInDirectly(page, COORDINATOR);
  for (const [locale, messages] of [["sv", sv], ["en", en]] as const) {
    await visit(page, `/${locale}/c/${SLUG}/import`);
    await expect(page.getByRole("heading", { level: 1, name: messages.import.title })).toBeVisible();
  }

  await visit(page, `/nb/c/${SLUG}/cohorts`);
  await page.getByRole("link", { name: nb.import.link }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/c/${SLUG}/import$`));
  await expectAccessible(page);
  const importButton = page.getByRole("button", { name: nb.import.form.run, exact: true });
  await expect(importButton).toBeDisabled();

  // First the file with a mistake: the dry run names the row and column; nothing can be imported.
  await page.getByLabel(nb.import.form.trainees).setInputFiles(traineesFile(true));
  await page.getByLabel(nb.import.form.campaigns).setInputFiles(campaignsFile());
  await page.getByRole("button", { name: nb.import.form.check }).click();
  const problems = page.getByRole("table", { name: nb.import.problems.caption });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems).toContainText("gender");
  // "kvinne" is a word the import reads; "hunn" is not, and the message lists the Norwegian words.
  await expect(problems).toContainText("«hunn» er ikke tillatt her. Bruk en av: kvinne, mann, annet, ukjent.");
  await expect(importButton).toBeDisabled();
  await expectAccessible(page);

  // The corrected file: checks clean, then imports.
  await page.getByLabel(nb.import.form.trainees).setInputFiles(traineesFile(false));
  await expect(problems).toBeHidden();
  await page.getByRole("button", { name: nb.import.form.check }).click();
  await expect(page.getByText(nb.import.problems.none)).toBeVisible();
  const summary = page.getByRole("table", { name: nb.import.summary.caption });
  await expect(summary.getByRole("row", { name: new RegExp(`^${nb.import.summary.cohorts}`) })).toContainText("2");
  await expect(summary.getByRole("row", { name: new RegExp(`^${nb.import.summary.trainees}`) })).toContainText("4");
  await expectAccessible(page);
  await importButton.click();
  await expect(page.getByText(nb.import.done)).toBeVisible();
  await expectAccessible(page);

  const { rows } = await db.query<{ id: string; name: string; imported: boolean; trainees: number }>(
    `SELECT h.id, h.name, h.imported, (SELECT count(*)::int FROM "Trainee" t WHERE t."cohortId" = h.id) AS trainees
       FROM "Cohort" h JOIN "Consortium" c ON c.id = h."consortiumId" WHERE c.slug = $1 AND h.name = ANY($2) ORDER BY h.name`,
    [SLUG, cohorts.map((c) => c.name)],
  );
  expect(rows.map((r) => [r.name, r.imported, r.trainees])).toEqual([
    [cohorts[0].name, true, 2],
    [cohorts[1].name, true, 2],
  ]);

  await page.getByRole("link", { name: nb.import.toCohorts }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/c/${SLUG}/cohorts$`));
  for (const cohort of cohorts) await expect(page.getByRole("row", { name: new RegExp(cohort.name.replace("/", "\\/")) })).toBeVisible();
  await expectAccessible(page);

  for (const [locale, messages] of [["nb", nb], ["sv", sv], ["en", en]] as const) {
    await visit(page, `/${locale}/c/${SLUG}/outcomes?cohort=${rows[1].id}`);
    await expect(page.getByRole("heading", { level: 1, name: messages.outcomes.title })).toBeVisible();
    await expect(page.locator("main")).toContainText(cohorts[1].name);
  }
});
