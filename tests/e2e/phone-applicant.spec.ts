import type { Page } from "@playwright/test";
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { MATRIX_ROUTES, type MatrixIds, type MatrixRole } from "../support/routes";
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// Every page an applicant or a trainee can open, on a 390 px phone: nothing scrolls sideways,
// neither the page nor a box inside it (a table that hides a column behind a sideways scroll).
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, what: string) {
  const found = await page.evaluate(() => ({
    page: { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth },
    boxes: [...document.querySelectorAll("body *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(el).overflowX))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80)),
  }));
  expect(found.page.scrollWidth, `${what}: page wider than the screen`).toBeLessThanOrEqual(found.page.innerWidth);
  expect(found.boxes, `${what}: boxes that scroll sideways`).toEqual([]);
}

// The applicant's and trainee's pages name no object in their URLs; a page added later that does
// gets an id that finds nothing, answers 404, and this test asks for a real one.
const NO_IDS = new Proxy({} as MatrixIds, { get: () => "none" });
const ROLES: MatrixRole[] = ["APPLICANT", "TRAINEE"];
const CONSORTIA: [string, "sv" | "nb"][] = [["trainee-varmland", "sv"], ["trainee-innlandet", "nb"]];

for (const [slug, locale] of CONSORTIA) {
  for (const role of ROLES) {
    test(`every ${role.toLowerCase()} page of ${slug} fits a phone, in ${locale}`, async ({ page }) => {
      // Pages that name an object need a real one: the extended applicant list is checked on a phone
      // by applicant-lists.spec.ts, which opens it as an applicant on that list.
      const routes = MATRIX_ROUTES.filter((r) => r.allowed.includes(role) && !r.path(slug, NO_IDS).includes("none"));
      expect(routes.length).toBeGreaterThanOrEqual(3);
      const account = DEMO_ACCOUNTS.find((a) => a.consortiumSlug === slug && a.role === role)!;
      await signInDirectly(page, account.email);
      for (const route of routes) {
        const response = await page.goto(`/${locale}${route.path(slug, NO_IDS)}`);
        expect({ route: route.file, status: response?.status() }).toEqual({ route: route.file, status: 200 });
        await expectNoSidewaysScroll(page, route.file);
        await expectAccessible(page);
      }
      // The menu offers only what this person can use: with one consortium, no "switch".
      const messages = locale === "nb" ? nb : sv;
      await expect(page.getByRole("navigation", { name: messages.nav.main }).getByRole("link", { name: messages.nav.switch })).toHaveCount(0);
    });
  }
}

test("the pages on the way in fit a phone too, signed out and signed in", async ({ page }) => {
  const posting = (await db.query<{ id: string }>(
    `SELECT p.id FROM "Posting" p JOIN "Consortium" c ON c.id = p."consortiumId" WHERE c.slug = 'trainee-innlandet' AND p.status = 'PUBLISHED' LIMIT 1`,
  )).rows[0].id;
  const paths = [
    "/nb/c/trainee-innlandet/jobs",
    `/nb/c/trainee-innlandet/jobs/${posting}`,
    "/nb/sign-in?callbackUrl=%2Fnb%2Fc%2Ftrainee-innlandet%2Fjobs",
    "/nb/sign-in/check-email?email=kari%40example.com&error=codeInvalid",
    `/nb/sign-in/link?token=${"a".repeat(64)}&email=kari%40example.com&callbackUrl=%2Fnb%2Fconsortia`,
    "/nb/account-deleted?from=trainee-innlandet&account=1",
  ];
  for (const path of paths) {
    expect((await page.goto(path))?.status()).toBe(200);
    await expectNoSidewaysScroll(page, path);
    await expectAccessible(page);
  }
  // Signed out, the career site offers sign-in; signed in as an applicant, "My applications".
  await page.goto("/nb/c/trainee-innlandet/jobs");
  await expect(page.getByRole("banner").getByRole("link", { name: nb.careers.account.signIn })).toBeInViewport();
  await signInDirectly(page, "applicant@innlandet.example");
  await page.goto(`/nb/c/trainee-innlandet/jobs/${posting}`);
  await page.getByRole("banner").getByRole("link", { name: nb.careers.account.myApplications }).click();
  await expect(page).toHaveURL(/\/nb\/c\/trainee-innlandet\/me$/);
  await expectNoSidewaysScroll(page, "/nb/c/trainee-innlandet/me");
  // And the signed-in home page offers the way on, not "Sign in".
  await page.goto("/nb");
  await expect(page.getByRole("main").getByRole("link", { name: nb.home.myConsortia })).toBeInViewport();
  await expect(page.getByRole("main").getByRole("link", { name: nb.home.signIn })).toHaveCount(0);
  await expectAccessible(page);
});

test("the trainee's gatherings read as a list, each coming one with an .ics, and the feed subscribes in one tap", async ({ page, baseURL }) => {
  await signInDirectly(page, "trainee@varmland.example");
  await page.goto("/sv/c/trainee-varmland/programme");
  const coming = await db.query<{ id: string; title: string }>(
    `SELECT g.id, g.title FROM "Gathering" g JOIN "Attendance" a ON a."gatheringId" = g.id JOIN "Trainee" t ON t.id = a."traineeId"
      WHERE t.email = 'trainee@varmland.example' AND g."endsAt" >= now() ORDER BY g."startsAt"`,
  );
  expect(coming.rows.length).toBeGreaterThan(0);
  for (const g of coming.rows) {
    const add = page.getByRole("link", { name: sv.programme.gatherings.addToCalendar.replace("{title}", g.title) });
    await expect(add).toHaveAttribute("href", `/api/c/trainee-varmland/gatherings/${g.id}/ics`);
    const ics = await page.request.get(`/api/c/trainee-varmland/gatherings/${g.id}/ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VEVENT");
    expect(text.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${g.title.replace(/([,;])/g, "\\$1")}`);
  }
  // No table that hides a column: the attendance of every gathering is on the screen's width.
  await expect(page.getByRole("main").getByRole("table")).toHaveCount(0);
  const feed = await page.getByLabel(sv.programme.calendar.url).inputValue();
  expect(new URL(feed).origin).toBe(new URL(baseURL!).origin);
  const subscribe = page.getByRole("link", { name: sv.programme.calendar.subscribe });
  await expect(subscribe).toHaveAttribute("href", feed.replace(/^https?:/, "webcal:"));
  await expect(page.getByRole("button", { name: sv.programme.calendar.copy })).toBeVisible();
  await expectNoSidewaysScroll(page, "programme");
});
