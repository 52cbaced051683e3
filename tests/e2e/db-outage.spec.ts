import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { expect, expectAccessible, test } from "./support";

// The page every page becomes while the database is away (proxy.ts, decision 0023). The outage
// itself is played by `npm run check:db-outage`; here the page is opened directly, in each language.
for (const [locale, catalog] of [["sv", sv], ["nb", nb], ["en", en]] as const) {
  test(`the database-outage page is translated and accessible (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/unavailable`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBeTruthy();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: catalog.unavailable.title })).toBeVisible();
    await expect(page.getByText(catalog.unavailable.body)).toBeVisible();
    await expect(page.getByRole("link", { name: catalog.unavailable.retry })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(catalog.unavailable.title));
    await expectAccessible(page);
  });
}
