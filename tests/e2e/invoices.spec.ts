import { readFile } from "node:fs/promises";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// Fees: the coordinator generates 2024's lines for Trainee Värmland (a year the demo data leaves
// without lines; the seed bills 2025), adjusts one, invoices it and exports the year; a member's
// contact sees only their own lines. Every page is checked with axe in all three languages.
const SLUG = "trainee-varmland";
const consortiumId = async () => (await db.query<{ id: string }>(`SELECT id FROM "Consortium" WHERE slug = $1`, [SLUG])).rows[0].id;

test.beforeAll(async () => {
  // A rerun against the same database starts from a year without lines.
  await db.query(`DELETE FROM "InvoiceLine" WHERE "consortiumId" = $1 AND "periodStart" = '2024-01-01'`, [await consortiumId()]);
});

test("a coordinator generates, adjusts, invoices and exports a year's invoice lines", async ({ page }) => {
  test.setTimeout(150_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/en/c/${SLUG}/invoices`);
  await expect(page.getByRole("heading", { level: 1, name: en.invoices.title })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(en.invoices.generate.year).selectOption("2024");
  await page.getByRole("button", { name: en.invoices.generate.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Lines for 2024: \d+ new, 0 updated, 0 removed/ })).toBeVisible();
  await expect(page).toHaveURL(/year=2024/);
  const member = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Region Värmland" }) });
  await expect(member.getByRole("table")).toBeVisible();
  await expectAccessible(page);

  await member.getByRole("button", { name: "Adjust Medlemsavgift per år of Region Värmland" }).click();
  await expect(page.getByLabel("New amount (SEK)")).toBeFocused();
  await page.getByLabel("New amount (SEK)").fill("12,345.67");
  await page.getByLabel(en.invoices.adjust.reason).fill("Joined the programme in the autumn");
  await expectAccessible(page);
  await page.getByRole("button", { name: en.invoices.adjust.save }).click();
  const row = member.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Medlemsavgift per år" }) });
  await expect(row).toContainText("SEK 12,345.67");
  await expect(row).toContainText("Computed: SEK 30,000");
  await expect(row).toContainText("Adjusted: Joined the programme in the autumn");

  await row.getByRole("checkbox", { name: "Select Medlemsavgift per år, Region Värmland" }).check();
  await expect(page.getByText("1 line selected")).toBeVisible();
  await page.getByRole("button", { name: en.invoices.bulk.invoice }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 line marked as invoiced." })).toBeVisible();
  await expect(row.getByRole("cell", { name: en.invoices.status.INVOICED, exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: /^Adjust/ })).toHaveCount(0);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: en.invoices.export }).click()]);
  expect(download.suggestedFilename()).toBe(`invoice-lines-${SLUG}-2024.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain(`${en.invoices.csv.member},${en.invoices.csv.orgNumber},`);
  expect(csv).toMatch(/Region Värmland,[^\r\n]*,Medlemsavgift per år,1,30000\.00,30000\.00,12345\.67,SEK,Invoiced,Joined the programme in the autumn,/);
});

test("select all marks every line the filter shows, in one step", async ({ page }) => {
  // Lines of our own in 2023, a year nobody else reads: three drafts and one already invoiced.
  const id = await consortiumId();
  await db.query(`DELETE FROM "InvoiceLine" WHERE "consortiumId" = $1 AND "periodStart" = '2023-01-01'`, [id]);
  const members = (await db.query<{ id: string }>(`SELECT id FROM "Employer" WHERE "consortiumId" = $1 AND name IN ('Region Värmland', 'Karlstads kommun')`, [id])).rows;
  for (const [i, status] of (["DRAFT", "DRAFT", "DRAFT", "INVOICED"] as const).entries()) {
    await db.query(
      `INSERT INTO "InvoiceLine" (id, "consortiumId", "employerId", "periodStart", "periodEnd", description, quantity, "unitAmountMinor", "amountMinor", "computedAmountMinor", currency, status, "invoicedAt")
       VALUES ($1, $2, $3, '2023-01-01', '2023-12-31', $4, 1, 100000, 100000, 100000, 'SEK', $5::"InvoiceLineStatus", CASE WHEN $5 = 'DRAFT' THEN NULL ELSE now() END)`,
      [`e2e-select-all-${i}`, id, members[i % 2].id, `Select-all line ${i}`, status],
    );
  }
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/en/c/${SLUG}/invoices?year=2023&status=DRAFT`);
  await expect(page.getByRole("table")).toHaveCount(2);
  await page.getByLabel(en.invoices.bulk.selectAll).check();
  await expect(page.getByText("3 lines selected")).toBeVisible();
  await page.getByRole("button", { name: en.invoices.bulk.invoice }).click();
  // The drafts-only view is now empty, and still says what just happened.
  await expect(page.getByRole("status").filter({ hasText: "3 lines marked as invoiced." })).toBeVisible();
  await expect(page.getByText(en.invoices.emptyCoordinator.replace("{year}", "2023"))).toBeVisible();
  await expect(page.getByLabel(en.invoices.bulk.selectAll)).toHaveCount(0);
  await expectAccessible(page);
  const statuses = await db.query<{ status: string }>(`SELECT status FROM "InvoiceLine" WHERE "consortiumId" = $1 AND "periodStart" = '2023-01-01'`, [id]);
  expect(statuses.rows.map((r) => r.status)).toEqual(["INVOICED", "INVOICED", "INVOICED", "INVOICED"]);
});

test("each rule's delete button and question name the rule", async ({ page }) => {
  // A rule of our own, far in the future, so deleting it changes nothing another spec reads.
  const id = await consortiumId();
  await db.query(`DELETE FROM "FeeRule" WHERE "consortiumId" = $1 AND description = 'E2E item'`, [id]);
  await db.query(
    `INSERT INTO "FeeRule" (id, "consortiumId", kind, "amountMinor", description, "validFrom") VALUES ($1, $2, 'ONE_OFF', 10000, 'E2E item', '2031-01-01')`,
    [`e2e-rule-${Date.now()}`, id],
  );
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/en/c/${SLUG}/invoices/schedule`);
  const name = "E2E item (From 1 Jan 2031)";
  await expect(page.getByRole("button", { name: `Edit ${name}`, exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
  const question = en.invoices.schedule.deleteQuestion.replace("{rule}", name);
  await expect(page.getByRole("group", { name: question })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("group", { name: question }).getByRole("button", { name: en.invoices.schedule.deleteYes }).click();
  // The confirm step hides the button while the action runs: wait for the row itself to go.
  await expect.poll(async () => (await db.query(`SELECT 1 FROM "FeeRule" WHERE "consortiumId" = $1 AND description = 'E2E item'`, [id])).rowCount).toBe(0);
  await expect(page.getByRole("button", { name: `Delete ${name}`, exact: true })).toHaveCount(0);
});

test("the schedule refuses a negative amount and writes nothing", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  const count = async () => (await db.query(`SELECT count(*)::int AS n FROM "FeeRule" WHERE "consortiumId" = $1`, [await consortiumId()])).rows[0].n;
  const before = await count();
  await page.goto(`/en/c/${SLUG}/invoices/schedule`);
  await expect(page.getByRole("heading", { level: 1, name: en.invoices.schedule.title })).toBeVisible();
  await expect(page.getByRole("table", { name: en.invoices.schedule.caption })).toContainText("SEK 30,000");
  await expectAccessible(page);
  await page.getByLabel(en.invoices.schedule.form.kind, { exact: true }).selectOption("PER_POSTING");
  await page.getByLabel("Amount (SEK)").fill("-100");
  await page.getByLabel(en.invoices.schedule.form.validFrom, { exact: true }).fill("2027-01-01");
  await page.getByRole("button", { name: en.invoices.schedule.form.create }).click();
  await expect(page.getByText(en.invoices.validation.negative)).toBeVisible();
  await expect(page.getByLabel("Amount (SEK)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await count()).toBe(before);
});

test("a member's contact sees only their own lines, read-only", async ({ page }) => {
  await signInDirectly(page, "employer@varmland.example");
  await page.goto(`/en/c/${SLUG}/invoices?year=2025`);
  await expect(page.getByRole("heading", { level: 1, name: en.invoices.title })).toBeVisible();
  await expect(page.getByText(en.invoices.leadEmployer)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Karlstads kommun" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Region Värmland" })).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(1);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Adjust|Generate/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: en.invoices.export })).toHaveCount(0);
  await expect(page.getByLabel(en.invoices.filters.member)).toHaveCount(0);
  await expectAccessible(page);
  // Another member's lines cannot be asked for, and the export and the schedule are not theirs.
  const other = (await db.query<{ id: string }>(`SELECT id FROM "Employer" WHERE name = 'Region Värmland'`)).rows[0].id;
  await page.goto(`/en/c/${SLUG}/invoices?year=2025&member=${other}`);
  await expect(page.getByRole("heading", { level: 2, name: "Karlstads kommun" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Region Värmland" })).toHaveCount(0);
  expect((await page.request.get(`/api/c/${SLUG}/exports/invoices?year=2025`)).status()).toBe(404);
  expect((await page.goto(`/en/c/${SLUG}/invoices/schedule`))!.status()).toBe(404);
  await page.goto(`/sv/c/${SLUG}/invoices`);
  await expect(page.getByRole("heading", { level: 1, name: sv.invoices.title })).toBeVisible();
  await expectAccessible(page);
});

for (const [locale, messages] of [["sv", sv], ["nb", nb]] as const) {
  test(`the invoice pages pass axe in ${locale}`, async ({ page }) => {
    await signInDirectly(page, "coordinator@varmland.example");
    await page.goto(`/${locale}/c/${SLUG}/invoices?year=2025`);
    await expect(page.getByRole("heading", { level: 1, name: messages.invoices.title })).toBeVisible();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${locale}/c/${SLUG}/invoices/schedule`);
    await expect(page.getByRole("heading", { level: 1, name: messages.invoices.schedule.title })).toBeVisible();
    await page.getByRole("button", { name: messages.invoices.basis.editFor.replace("{member}", "Karlstads kommun") }).click();
    await expect(page.getByLabel(messages.invoices.basis.employeesLabel)).toBeVisible();
    await expectAccessible(page);
  });
}
