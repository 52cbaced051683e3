import { expect, expectAccessible, followLatestLink, followSignInLink, freshEmail, signInThroughMailbox, test } from "./support";

test("a coordinator signs up, creates a consortium, adds a member and invites its contact, who joins", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const coordinator = freshEmail("founder");
  await page.goto("/sv/sign-in");
  await expectAccessible(page);
  await signInThroughMailbox(page, coordinator);

  await expect(page).toHaveURL(/\/sv\/consortia/);
  await expect(page.getByRole("heading", { level: 1, name: "Dina konsortier" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Skapa ett konsortium" }).click();
  await expectAccessible(page);

  // Bad input first: the errors are translated and what was typed stays.
  const slug = `e2e-${Date.now().toString(36)}`;
  await page.getByLabel("Namn").fill("Trainee Dalsland");
  await page.getByLabel("Webbadress").fill("-Bad Slug-");
  await page.getByRole("button", { name: "Skapa konsortium" }).click();
  await expect(page.getByText(/Använd 3–40 små bokstäver/)).toBeVisible();
  await expect(page.getByLabel("Namn")).toHaveValue("Trainee Dalsland");
  await expectAccessible(page);
  await page.getByLabel("Webbadress").fill(slug);
  await page.getByRole("button", { name: "Skapa konsortium" }).click();

  await expect(page).toHaveURL(new RegExp(`/sv/c/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Koordinatorns översikt" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Trainee Dalsland");
  await expect(page.getByRole("banner")).toContainText("Koordinator");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Konsortium" }).getByRole("link", { name: "Medlemsarbetsgivare" }).click();
  await expect(page.getByText(/Inga medlemsarbetsgivare än/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Lägg till medlemsarbetsgivare" }).click();
  await page.getByLabel("Namn").fill("Åmåls kommun");
  await page.getByLabel("Organisationsnummer").fill("212000-1496");
  await page.getByLabel("Sektor").selectOption("PUBLIC");
  await page.getByLabel("Kommun").fill("Åmål");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Lägg till medlemsarbetsgivare" }).click();
  await expect(page.getByRole("rowheader", { name: /Åmåls kommun/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Personer och roller" }).click();
  const contact = freshEmail("contact");
  await page.getByLabel("E-postadress").fill(contact);
  await page.getByLabel("Roll", { exact: true }).selectOption("EMPLOYER");
  await page.getByLabel("Medlemsarbetsgivare").selectOption({ label: "Åmåls kommun" });
  await page.getByLabel("Språk för inbjudan").selectOption("en");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("status")).toContainText(contact);
  await expect(page.getByText(contact).first()).toBeVisible();
  await expectAccessible(page);

  // The invitee, in a browser of their own, follows the English invitation.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto("/en");
  await followLatestLink(invitee, contact, "/join/");
  await expect(invitee.getByRole("heading", { name: "Join Trainee Dalsland" })).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByRole("link", { name: "Sign in to accept" }).click();
  await expect(invitee.getByLabel("Email address")).toHaveValue(contact);
  await invitee.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(invitee).toHaveURL(/check-email/);
  await expectAccessible(invitee);
  await followSignInLink(invitee, contact);
  await expect(invitee.getByRole("heading", { name: "Join Trainee Dalsland" })).toBeVisible();
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/en/c/${slug}$`));
  await expect(invitee.getByRole("heading", { level: 1, name: "Your trainee roles and trainees" })).toBeVisible();
  await expect(invitee.getByRole("banner")).toContainText("Employer contact · Åmåls kommun");
  await expectAccessible(invitee);
});
