import en from "../../messages/en.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { expect, expectAccessible, signInDirectly, test } from "./support";

test("an employer posts a trainee role, the coordinator returns it, then approves it, and graduates find it on the career page", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = `Trainee inom digital utveckling ${Date.now().toString(36)}`;
  await signInDirectly(page, "employer@varmland.example");
  await page.goto("/sv/c/trainee-varmland/postings");
  await expectAccessible(page);
  await page.getByRole("link", { name: sv.postings.new }).click();
  await expectAccessible(page);
  await page.getByLabel(sv.postings.form.title).fill(title);
  await page.getByLabel(sv.postings.form.field).fill("IT");
  await page.getByLabel(sv.postings.form.municipality).fill("Karlstad");
  await page.getByRole("button", { name: sv.postings.form.create }).click();
  // The description is missing: a translated field error, and the title is still there.
  await expect(page.getByText(sv.validation.required)).toBeVisible();
  await expect(page.getByLabel(sv.postings.form.title)).toHaveValue(title);
  await page.getByLabel(sv.postings.form.description).fill("<b>Bygg</b> digitala tjänster för invånarna.");
  await page.getByRole("button", { name: sv.postings.form.create }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: sv.postings.actions.submit }).click();
  await expect(page.getByText(sv.postings.statusHelp.SUBMITTED)).toBeVisible();
  const postingUrl = page.url();

  const coordinator = await (await browser.newContext()).newPage();
  await signInDirectly(coordinator, "coordinator@varmland.example");
  await coordinator.goto("/sv/c/trainee-varmland/postings?status=SUBMITTED");
  await coordinator.getByRole("link", { name: title }).click();
  await expectAccessible(coordinator);
  await coordinator.getByLabel(sv.postings.actions.comment).fill("Beskriv handledningen.");
  await coordinator.getByRole("button", { name: sv.postings.actions.return }).click();
  await expect(coordinator.getByText(sv.postings.statusHelp.RETURNED)).toBeVisible();

  await page.goto(postingUrl);
  await expect(page.getByText("Beskriv handledningen.")).toBeVisible();
  await page.getByLabel(sv.postings.form.description).fill("Bygg digitala tjänster. Handledare: IT-chefen.");
  await page.getByRole("button", { name: sv.postings.form.save }).click();
  await page.getByRole("button", { name: sv.postings.actions.submit }).click();
  await expect(page.getByText(sv.postings.statusHelp.SUBMITTED)).toBeVisible();

  await coordinator.reload();
  await coordinator.getByRole("button", { name: sv.postings.actions.approve }).click();
  await expect(coordinator.getByText(/Publicerad på karriärsidan/)).toBeVisible();
  await coordinator.getByRole("link", { name: sv.postings.viewPublic }).click();

  // Anyone, signed out and without JavaScript, finds it on the career page.
  const visitorContext = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/en/c/trainee-varmland/jobs");
  await expect(visitor.getByRole("heading", { level: 1, name: "Trainee positions at Trainee Värmland" })).toBeVisible();
  await visitor.getByLabel(en.careers.field).selectOption("IT");
  await visitor.getByRole("button", { name: en.careers.filter }).click();
  await expect(visitor).toHaveURL(/field=IT/);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText("Handledare: IT-chefen.")).toBeVisible();
  // axe runs its script in the page, so the same pages are checked again with JavaScript on.
  const checker = await (await browser.newContext()).newPage();
  for (const url of ["/en/c/trainee-varmland/jobs?field=IT", new URL(visitor.url()).pathname]) {
    await checker.goto(url);
    await expectAccessible(checker);
  }
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "JobPosting", title, hiringOrganization: { name: "Karlstads kommun" }, jobLocation: { address: { addressCountry: "SE" } } });
  await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
});

test("the career page shows only published postings, and nothing of another consortium", async ({ page }) => {
  const response = await page.goto("/sv/c/trainee-innlandet/jobs");
  expect(response?.status()).toBe(200);
  const links = await page.locator("main li a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  // A posting id of Värmland under Innlandet's address is a 404.
  await page.goto("/sv/c/trainee-varmland/jobs");
  const varmland = await page.locator("main li a").first().evaluate((a) => (a as HTMLAnchorElement).pathname.split("/").pop());
  const crossed = await page.goto(`/sv/c/trainee-innlandet/jobs/${varmland}`);
  expect(crossed?.status()).toBe(404);
  const unknown = await page.goto("/sv/c/no-such-consortium/jobs");
  expect(unknown?.status()).toBe(404);
});
