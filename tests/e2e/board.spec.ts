import en from "../../messages/en.json" with { type: "json" };
import { expect, expectAccessible, signInDirectly, test } from "./support";

test("the coordinator moves a card on the board by keyboard, then emails two applicants from the table", async ({ page }) => {
  test.setTimeout(120_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto("/en/c/trainee-varmland/applications?view=board");
  await expect(page.getByRole("heading", { level: 1, name: en.review.title })).toBeVisible();
  const board = page.getByRole("region", { name: en.review.board });
  await expect(board).toBeVisible();
  await expect(page.getByRole("link", { name: en.review.viewBoard })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);

  // Shortlisted → Interview: the card's select has the next step chosen, so Tab, Tab, Enter moves it.
  const column = (stage: string) => board.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${stage} `) }) });
  const card = column(en.stages.SHORTLISTED).getByRole("article").first();
  const name = (await card.getByRole("link").textContent())!;
  await card.getByRole("link").focus();
  await page.keyboard.press("Tab");
  await expect(card.getByRole("combobox", { name: `Move ${name} to` })).toBeFocused();
  await expect(card.getByRole("combobox")).toHaveValue("INTERVIEW");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${name} moved to ${en.stages.INTERVIEW}.` })).toBeVisible();
  await expect(column(en.stages.INTERVIEW).getByRole("link", { name, exact: true })).toBeVisible();
  await expectAccessible(page);

  // The filters go along to the table; the board's own parameter does not.
  await page.getByRole("link", { name: en.review.viewTable }).click();
  await expect(page).not.toHaveURL(/view=board/);
  const table = page.getByRole("table", { name: en.review.title });
  await expect(table).toBeVisible();
  await expectAccessible(page);

  await table.getByRole("checkbox").nth(1).check();
  await table.getByRole("checkbox").nth(2).check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByLabel(en.review.mail.kind, { exact: true }).selectOption("shortlisted");
  await page.getByRole("button", { name: en.review.mail.write }).click();
  // The template to start from, in the recipients' language (the consortium's Swedish here).
  await expect(page.getByRole("textbox", { name: en.review.mail.subject })).toHaveValue("Du har gått vidare hos {consortium}");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send to 2 applicants…" }).click();
  await page.getByRole("button", { name: "Yes, send to 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Email sent to 2 applicants." })).toBeVisible();
  await expectAccessible(page);
});
