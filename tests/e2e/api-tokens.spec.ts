import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// A coordinator makes a read-only token for the region's BI tool, the tool fetches the metrics
// JSON with it, and after revoking it the tool is refused.
const SLUG = "trainee-varmland";

test("a coordinator creates a token, a BI tool fetches the metrics JSON with it, and revoking stops it", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const name = `Region BI ${Date.now()}`;
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/en/c/${SLUG}/settings`);
  await page.getByRole("link", { name: en.settings.apiTokens.link }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.apiTokens.title })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: en.apiTokens.form.create }).click();
  await expect(page.getByText(en.validation.required)).toBeVisible();
  await page.getByLabel(en.apiTokens.form.name).fill(name);
  await page.getByLabel(en.apiTokens.form.exact).check();
  await page.getByRole("button", { name: en.apiTokens.form.create }).click();
  const shown = page.getByLabel(en.apiTokens.created.label, { exact: true });
  await expect(shown).toHaveValue(/^kohort_[\w-]{43}$/);
  const token = await shown.inputValue();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(`…${token.slice(-4)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(en.apiTokens.list.exact);
  await expectAccessible(page);

  // Only a fingerprint is stored.
  const stored = await db.query(`SELECT "tokenHash", "lastUsedAt" FROM "ApiToken" WHERE name = $1`, [name]);
  expect(stored.rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
  expect(stored.rows[0].lastUsedAt).toBeNull();

  const bi = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const metrics = await bi.get(`/api/c/${SLUG}/metrics`);
  expect(metrics.status()).toBe(200);
  const body = await metrics.json();
  expect(body.cohorts.length).toBeGreaterThan(0);
  const outcome = body.cohorts[0].outcomes.completed;
  expect(Object.keys(outcome).sort()).toEqual(["count", "known", "share"]);
  expect(typeof outcome.count).toBe("number");
  const one = await bi.get(`/api/c/${SLUG}/metrics?cohort=${encodeURIComponent(body.cohorts[0].name)}`);
  expect((await one.json()).cohorts.map((c: { name: string }) => c.name)).toEqual([body.cohorts[0].name]);
  const unknown = await bi.get(`/api/c/${SLUG}/metrics?cohort=No%20such%20cohort&locale=nb`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "cohortUnknown", message: nb.errors.cohortUnknown });
  // The token is Värmland's: under another consortium's slug it is nobody.
  expect((await bi.get(`/api/c/trainee-innlandet/metrics`)).status()).toBe(401);

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name }).getByRole("cell").nth(4)).not.toHaveText(en.apiTokens.list.never);
  await page.getByRole("button", { name: en.apiTokens.list.revokeNamed.replace("{name}", name) }).click();
  await page.getByRole("button", { name: en.apiTokens.list.revoke, exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(/Revoked/);
  expect((await bi.get(`/api/c/${SLUG}/metrics`)).status()).toBe(401);
  await bi.dispose();
});

for (const [locale, messages] of [["sv", sv], ["nb", nb]] as const) {
  test(`the API token page reads in ${locale}`, async ({ page }) => {
    const slug = locale === "sv" ? SLUG : "trainee-innlandet";
    await signInDirectly(page, locale === "sv" ? "coordinator@varmland.example" : "coordinator@innlandet.example");
    await page.goto(`/${locale}/c/${slug}/settings/api-tokens`);
    await expect(page.getByRole("heading", { level: 1, name: messages.apiTokens.title })).toBeVisible();
    await expect(page.getByRole("heading", { name: messages.apiTokens.usage.title })).toBeVisible();
    await expectAccessible(page);
  });
}
