import { createHash, randomBytes } from "node:crypto";
import en from "../../messages/en.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// Issue 15's subtraction cases, view by view: a finished cohort of 12 where 11 completed and 1
// dropped out, and 6 women, 5 men and 1 who did not say. Before, every view gave the 1 back as
// "12 − 11" or "12 − 6 − 5". Now no view — page, steering dashboard, CSV, board report, the
// metrics API with a masked token — shows a figure the hidden one can be subtracted from.

const SLUG = "trainee-varmland";
const STEERING = "steering@varmland.example";

let cohort: { id: string; name: string };

test.beforeAll(async () => {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Consortium" WHERE slug = $1`, [SLUG]);
  const consortiumId = rows[0].id;
  cohort = { id: `e2e_disc_${randomBytes(6).toString("hex")}`, name: `Utfall 2012 ${randomBytes(2).toString("hex")}` };
  await db.query(
    `INSERT INTO "Cohort" (id, "consortiumId", name, "startDate", "endDate", "programmeMonths", status, imported, "updatedAt")
     VALUES ($1, $2, $3, '2012-09-01', '2013-08-31', 12, 'FINISHED', true, now())`,
    [cohort.id, consortiumId, cohort.name],
  );
  const genders = [...Array(6).fill("WOMAN"), ...Array(5).fill("MAN"), "UNDISCLOSED"];
  for (const [i, gender] of genders.entries()) {
    await db.query(
      `INSERT INTO "Trainee" (id, "consortiumId", "cohortId", name, gender, ties, status, "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"Gender", ARRAY['GREW_UP']::"RegionTie"[], $6::"TraineeStatus", now())`,
      [`${cohort.id}_t${i}`, consortiumId, cohort.id, `Trainee ${i}`, gender, i === 3 ? "DROPPED_OUT" : "COMPLETED"],
    );
  }
});

test.afterAll(async () => {
  await db.query(`DELETE FROM "Cohort" WHERE id = $1`, [cohort.id]);
});

test("the outcome page no longer shows completed 11 beside dropped out <5, nor 6 women and 5 men beside <5", async ({ page }) => {
  await signInDirectly(page, STEERING);
  await page.goto(`/en/c/${SLUG}/outcomes?cohort=${cohort.id}`);
  const outcomes = page.getByRole("region", { name: en.outcomes.panels.outcomes });
  await expect(outcomes.getByRole("row", { name: new RegExp(`^${en.outcomes.outcome.droppedOut}`) }).getByRole("cell")).toHaveText(["<5", "12", en.outcomes.hidden]);
  await expect(outcomes.getByRole("row", { name: new RegExp(`^${en.outcomes.outcome.completed}`) }).getByRole("cell")).toHaveText([en.outcomes.hidden, "12", en.outcomes.hidden]);
  const gender = page.getByRole("region", { name: en.outcomes.panels.gender });
  const counts = await gender.getByRole("row").evaluateAll((rows) => rows.slice(1).map((r) => r.querySelector("td")?.textContent ?? ""));
  // One "<5" and at least one more cell withheld: 12 − the shown ones is never the hidden one.
  expect(counts.filter((c) => c === "<5" || c === en.outcomes.hidden).length).toBeGreaterThanOrEqual(2);
  expect(await page.content()).not.toMatch(/92%|8%/);
  await expectAccessible(page);
});

test("the steering dashboard shows the cohort's trainees with completed hidden beside dropped out <5", async ({ page }) => {
  await signInDirectly(page, STEERING);
  await page.goto(`/sv/c/${SLUG}`);
  const row = page.getByRole("row", { name: new RegExp(`^${cohort.name}`) });
  const cells = await row.getByRole("cell").allTextContents();
  // trainees · completed · dropped out: never 12 · 11 · <5.
  expect(cells.slice(-3)).not.toEqual(["12", "11", "<5"]);
  expect(cells.at(-1)).toBe("<5");
  expect(cells.at(-2)).toBe(sv.outcomes.hidden);
  await expectAccessible(page);
});

test("the CSV and the board report carry the same hidden cells", async ({ page }) => {
  await signInDirectly(page, STEERING);
  const csv = await page.request.get(`/api/c/${SLUG}/exports/outcomes?table=outcomes&cohort=${cohort.id}&locale=en`);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(lines).toContain(`${en.outcomes.outcome.completed},${en.outcomes.hidden},12,`);
  expect(lines).toContain(`${en.outcomes.outcome.droppedOut},<5,12,`);
  await page.goto(`/en/c/${SLUG}/outcomes/report?cohort=${cohort.id}`);
  const results = page.getByRole("region", { name: sv.outcomes.panels.outcomes });
  await expect(results.getByRole("row", { name: new RegExp(`^${sv.outcomes.outcome.completed}`) }).getByRole("cell").first()).toHaveText(sv.outcomes.hidden);
  await expectAccessible(page);
});

test("the metrics API with a token made without exact figures gives hidden and <5, never the pair", async ({ playwright }) => {
  const token = `kohort_${randomBytes(32).toString("base64url")}`;
  await db.query(
    `INSERT INTO "ApiToken" (id, "consortiumId", name, "tokenHash", "lastFour") SELECT $1, id, 'e2e disclosure', $2, $3 FROM "Consortium" WHERE slug = $4`,
    [`e2e_${randomBytes(8).toString("hex")}`, createHash("sha256").update(token).digest("hex"), token.slice(-4), SLUG],
  );
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const body = await (await api.get(`/api/c/${SLUG}/metrics?cohort=${encodeURIComponent(cohort.name)}`)).json();
  const [c] = body.cohorts;
  expect(body.exact).toBe(false);
  expect(c.outcomes.droppedOut).toEqual({ count: "<5", known: 12, share: null });
  expect(c.outcomes.completed).toEqual({ count: "hidden", known: 12, share: null });
  const gender = c.who.gender as { key: string; count: number | string }[];
  expect(gender.filter((g) => typeof g.count !== "number").length).toBeGreaterThanOrEqual(2);
  expect(body.members.employers).toBeUndefined();
  await api.dispose();
});

test("the board report of the demo cohort fits on three A4 pages", async ({ page }) => {
  const { rows } = await db.query<{ id: string }>(`SELECT h.id FROM "Cohort" h JOIN "Consortium" c ON c.id = h."consortiumId" WHERE c.slug = $1 AND h.name = '2024/25'`, [SLUG]);
  for (const who of ["coordinator@varmland.example", STEERING]) {
    await signInDirectly(page, who);
    await page.goto(`/sv/c/${SLUG}/outcomes/report?cohort=${rows[0].id}`);
    await expect(page.getByRole("heading", { level: 2, name: sv.surveys.results.title })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    // A page object of the PDF: "/Type /Page" (the tree itself is "/Type /Pages").
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    console.log(`board report of 2024/25 as ${who}: ${pages.length} A4 pages`);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(3);
  }
});
