import { DEMO_ACCOUNTS, DEMO_CONSORTIA } from "../../prisma/demo-accounts";
import { MATRIX_ROUTES, type MatrixRole } from "../support/routes";
import { idsOf } from "./route-ids";
import { expect, expectAccessible, signInDirectly, test } from "./support";

// Every consortium page of the route matrix on a phone (390 × 844), as a role that may open it:
// no sideways scrolling, a title that names the page ("<page> · <consortium> · Kohort"), and no
// WCAG 2.1 AA violations there either (a table that scrolls must be reachable by keyboard).
test.use({ viewport: { width: 390, height: 844 } });

const SLUG = "trainee-varmland";
const CONSORTIUM = "Trainee Värmland";
const ORDER: MatrixRole[] = ["COORDINATOR", "EMPLOYER", "STEERING", "TRAINEE", "APPLICANT"];

for (const role of ORDER) {
  const routes = MATRIX_ROUTES.filter((r) => ORDER.find((o) => r.allowed.includes(o)) === role);
  if (routes.length === 0) continue;
  test(`every page a ${role.toLowerCase()} opens fits a phone, names itself and passes axe`, async ({ page }) => {
    test.setTimeout(60_000 + routes.length * 20_000);
    const titles = new Map<string, string>();
    // Each page in the consortium whose demo data has it (the Norwegian applicant lists live in
    // Trainee Innlandet), signed in as that consortium's account of the role, in its language.
    for (const consortium of DEMO_CONSORTIA) {
      const own = routes.filter((r) => (r.consortium ?? SLUG) === consortium.slug);
      if (own.length === 0) continue;
      const account = DEMO_ACCOUNTS.find((a) => a.consortiumSlug === consortium.slug && a.role === role && a.email !== "anna@kohort.example")!;
      await signInDirectly(page, account.email);
      const ids = await idsOf(consortium.slug);
      for (const route of own) {
        const response = await page.goto(`/${consortium.defaultLocale}${route.path(consortium.slug, ids)}`);
        expect({ route: route.file, status: response?.status() }).toEqual({ route: route.file, status: 200 });
        await expect(page.locator("h1").first()).toBeVisible();
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect({ route: route.file, scrollWidth }).toEqual({ route: route.file, scrollWidth: innerWidth });
        const title = await page.title();
        expect({ route: route.file, title }).toEqual({ route: route.file, title: expect.stringMatching(new RegExp(`^[^·]+ · ${consortium.name} · Kohort$`)) });
        titles.set(route.file, title);
        await expectAccessible(page);
      }
    }
    // Page-specific: the list pages of one role do not all share one title.
    expect(new Set(titles.values()).size).toBeGreaterThan(Math.min(1, titles.size - 1));
  });
}

test("the phone menu is one button that opens the grouped sections, by keyboard too", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/sv/c/${SLUG}`);
  const menu = page.getByRole("button", { name: "Meny" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // Content comes first: the menu's links are not on the page until asked for.
  await expect(page.getByRole("link", { name: "Kullar" })).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const group of ["Rekrytering", "Traineeåret", "Styrning och avgifter", "Inställningar"]) {
    await expect(page.getByRole("region", { name: group })).toBeVisible();
  }
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await menu.click();
  await page.getByRole("region", { name: "Traineeåret" }).getByRole("link", { name: "Kullar" }).click();
  await expect(page).toHaveURL(/\/cohorts$/);
  await expect(page).toHaveTitle(`Kullar · ${CONSORTIUM} · Kohort`);
  await expect(page.getByRole("button", { name: "Meny" })).toHaveAttribute("aria-expanded", "false");
});

test("a page that is not there keeps the app's menu", async ({ page }) => {
  await signInDirectly(page, "coordinator@varmland.example");
  const response = await page.goto(`/sv/c/${SLUG}/candidates/no-such-application`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Meny" })).toBeVisible();
  await expectAccessible(page);
});
