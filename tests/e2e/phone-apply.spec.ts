import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { pdfBytes } from "../support/files";
import { fillListDetailsIfAsked } from "./list-details";
import { db, expect, expectAccessible, freshEmail, signInDirectly, test } from "./support";

// A new graduate applies on a phone, in Norwegian and in Swedish, and meets every way of getting
// stuck the form used to have: each answer must be visible where they are, in the page's language,
// with nothing typed lost, and the journey must end in one application and one mail.
test.use({ viewport: { width: 390, height: 844 } });

type Messages = typeof nb;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
/** What a message says after its {posting}, whose full label the test does not spell out. */
const afterPosting = (template: string, values: Record<string, string | number>) => fill(template, { ...values, posting: "\u0000" }).split("\u0000")[1];
/** The "other" branch of a simple ICU plural, with # as the locale writes the number. */
const plural = (template: string, n: number, tag: string) =>
  template.match(/other \{([^}]*)\}/)![1].replace("#", new Intl.NumberFormat(tag).format(n));

/** A real PDF of exactly 618 bytes (the size the picker used to call "0 MB"). */
function pdf618(): Buffer {
  // A real one-page PDF (the server reads it with PDF.js), padded with a comment to 618 bytes.
  const base = pdfBytes().length;
  const bytes = Buffer.from(pdfBytes(`%${"x".repeat(618 - base - 2)}\n`));
  expect(bytes.length).toBe(618);
  return bytes;
}

const CASES: [string, Messages, string, string][] = [
  ["nb", nb, "trainee-innlandet", "nb-NO"],
  ["sv", sv as unknown as Messages, "trainee-varmland", "sv-SE"],
];

for (const [locale, m, slug, tag] of CASES) {
  test(`a graduate applies on a phone in ${locale} without getting stuck`, async ({ page, context }) => {
    test.setTimeout(240_000);
    const email = freshEmail(`phone-${locale}`);
    await signInDirectly(page, email);
    const f = m.apply.form;

    // The way in: what is needed is said before the form; Apply names the posting.
    await page.goto(`/${locale}/c/${slug}/jobs`);
    await expect(page.getByRole("heading", { name: m.careers.before.title })).toBeInViewport();
    const first = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(m.careers.before.cv)).toBeVisible();
    await page.getByRole("link", { name: m.careers.apply }).click();
    await page.getByRole("button", { name: m.apply.start.button }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/c/${slug}/apply`));
    const placed = page.getByRole("status").filter({ hasText: title });
    await expect(placed).toContainText(afterPosting(f.placed.added, { rank: 1 }));
    await expect(placed).toBeInViewport();
    const choice = (rank: number) => page.getByLabel(fill(f.choice, { rank }));
    const named = await choice(1).inputValue();
    expect(named).not.toBe("");

    // This graduate gives a link, as before recording in the page existed (decision 0047).
    await page.getByLabel(m.recorder.sourceLink).check();
    // "Send" with no posting: a summary at the top, focused and visible, naming the ranking and the CV.
    await choice(1).selectOption("");
    await page.getByRole("button", { name: f.send }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 2 }) });
    await expect(summary.getByRole("heading")).toHaveText(plural(f.summaryTitle, 12, tag));
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText(m.validation.preferenceRequired);
    await expect(summary).toContainText(m.validation.cvRequired);
    await expect(summary).toContainText(m.validation.firstName);
    await expectAccessible(page);
    expect((await db.query(`SELECT 1 FROM "Applicant" WHERE email = $1`, [email])).rowCount).toBe(0);

    // The profile, with a two-digit year; the same posting twice; a letter over the limit.
    await page.getByLabel(f.firstName).fill("Kari");
    await page.getByLabel(f.lastName).fill("Nordmann");
    await page.getByLabel(f.educationLevel).selectOption("MASTER");
    await page.getByLabel(f.field, { exact: true }).fill("Økonomi");
    await page.getByLabel(f.university).fill("Universitetet");
    await page.getByLabel(f.graduationYear).fill("26");
    const postings = await choice(1).locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await choice(1).selectOption(named);
    await choice(2).selectOption(named);
    const letter = page.getByLabel(f.coverLetter, { exact: true });
    await letter.fill("x".repeat(6_100));
    await expect(page.getByText(plural(m.app.charactersTooMany, 100, tag))).toBeVisible();

    // The CV picker is a button in the page's language; a 618-byte file is "0,6 kB", not "0 MB".
    await expect(page.getByText(f.cvChoose)).toBeVisible();
    await page.getByLabel(f.cv).setInputFiles({ name: "Kari CV.pdf", mimeType: "application/pdf", buffer: pdf618() });
    await expect(page.getByText(fill(f.cvStored, { name: "Kari CV.pdf", size: "0,6 kB" }))).toBeVisible();
    await expect(page.getByText(f.cvReplace)).toBeVisible();

    // The pasted video link, with a player under it before sending.
    const pasted = "https://youtu.be/dQw4w9WgXcQ?si=e2e";
    await page.getByLabel(f.videoUrl).fill(pasted);
    await expect(page.locator(`iframe[title="${f.videoPreviewTitle}"]`)).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    await page.getByLabel(f.videoConfirm).check();
    await page.getByLabel(f.processingConsent).check();
    // A Norwegian public member's posting also asks what its applicant list needs (issue 20).
    await fillListDetailsIfAsked(page, m);

    await page.getByRole("button", { name: f.send }).click();
    await expect(summary.getByRole("heading")).toHaveText(plural(f.summaryTitle, 3, tag));
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText(m.validation.graduationYear);
    await expect(summary).toContainText(m.validation.preferenceTwice);
    await expect(summary).toContainText(m.validation.coverLetterTooLong);
    await expect(summary).not.toContainText(m.validation.cvRequired);
    // Each item leads to its field, where the field's own message is.
    await summary.getByRole("link", { name: new RegExp(m.validation.graduationYear) }).click();
    await expect(page.getByLabel(f.graduationYear)).toBeFocused();
    await expect(page.getByLabel(f.graduationYear)).toBeInViewport();
    await expect(page.getByText(m.validation.graduationYear).last()).toBeInViewport();
    await page.getByLabel(f.graduationYear).fill("2026");
    await summary.getByRole("link", { name: new RegExp(m.validation.preferenceTwice) }).click();
    await expect(choice(1)).toBeFocused();
    await expect(page.getByText(m.validation.preferenceTwice).last()).toBeInViewport();
    await choice(2).selectOption(postings.find((id) => id !== named)!);
    await fillListDetailsIfAsked(page, m);

    // A 30,000-character paste is saved as a draft and answered with the count, not "no connection".
    await letter.fill("y".repeat(30_000));
    await expect(page.getByText(plural(m.app.charactersTooMany, 24_000, tag))).toBeInViewport();
    const status = page.getByRole("status").filter({ hasText: f.saved.split("{time}")[0].trim() });
    await expect(status).toBeInViewport({ timeout: 15_000 });
    await expect(page.getByText(f.savedLocally)).toHaveCount(0);

    // Offline: the draft is kept on the device; back online it is saved without another keystroke.
    await letter.fill("Jeg vil bli i regionen.");
    await context.setOffline(true);
    await letter.fill("Jeg vil bli i regionen, fordi den er min.");
    await expect(page.getByText(f.savedOffline)).toBeInViewport({ timeout: 10_000 });
    await context.setOffline(false);
    await expect(status).toBeInViewport({ timeout: 15_000 });
    await expect
      .poll(async () => (await db.query<{ letter: string }>(`SELECT d.data->>'coverLetter' AS letter FROM "ApplicationDraft" d JOIN "User" u ON u.id = d."userId" WHERE u.email = $1`, [email])).rows[0]?.letter)
      .toBe("Jeg vil bli i regionen, fordi den er min.");

    // Sending offline: the message is beside the button, and everything typed stays.
    await context.setOffline(true);
    await page.getByRole("button", { name: f.send }).click();
    await expect(page.getByText(m.errors.offline)).toBeInViewport();
    await expect(page.getByRole("button", { name: f.send })).toBeInViewport();
    await expect(letter).toHaveValue("Jeg vil bli i regionen, fordi den er min.");
    await expect(page.getByLabel(f.videoUrl)).toHaveValue(pasted);
    await context.setOffline(false);
    await page.getByRole("button", { name: f.send }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/c/${slug}/me\\?sent=1`));
    await expect(page.getByText(m.me.sent)).toBeInViewport();
    await expectAccessible(page);

    // The posting page knows; editing shows the link as pasted; "Send changes" claims no mail.
    await page.goto(`/${locale}/c/${slug}/jobs`);
    await page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link", { name: title }).click();
    await expect(page.getByText(fill(m.careers.mine.sentRanked, { rank: 1 }))).toBeInViewport();
    await page.getByRole("link", { name: m.careers.openApplication }).click();
    await expect(page.getByRole("status").filter({ hasText: title })).toContainText(afterPosting(f.placed.alreadyRanked, { rank: 1 }));
    await expect(page.getByLabel(f.videoUrl)).toHaveValue(pasted);
    await page.getByRole("button", { name: f.sendChanges }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/c/${slug}/me\\?updated=1`));
    await expect(page.getByText(m.me.updated)).toBeInViewport();
    await expect(page.getByText(m.me.sent)).toHaveCount(0);

    // One application, stored as pasted; one mail.
    const stored = await db.query(`SELECT a.stage, a."videoUrl" FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email = $1`, [email]);
    expect(stored.rows).toEqual([{ stage: "SUBMITTED", videoUrl: pasted }]);
    expect((await db.query(`SELECT 1 FROM "OutboxEmail" WHERE "to" = $1`, [email])).rowCount).toBe(1);
  });
}

test("deleting one's data ends on a page that says what was deleted", async ({ page }) => {
  const email = freshEmail("leaving");
  await signInDirectly(page, email);
  await page.goto("/nb/apply/trainee-innlandet");
  await page.getByRole("button", { name: nb.apply.start.button }).click();
  await expect(page).toHaveURL(/\/nb\/c\/trainee-innlandet\/apply/);
  await page.goto("/nb/c/trainee-innlandet/me");
  await page.getByRole("button", { name: nb.me.delete }).click();
  await page.getByRole("button", { name: nb.me.deleteYes }).click();
  await expect(page).toHaveURL(/\/nb\/account-deleted\?/);
  await expect(page.getByRole("heading", { level: 1, name: nb.accountDeleted.title })).toBeInViewport();
  await expect(page.getByText(fill(nb.accountDeleted.dataIn, { consortium: "Trainee Innlandet" }))).toBeInViewport();
  await expect(page.getByText(nb.accountDeleted.accountGone)).toBeInViewport();
  await expectAccessible(page);
  expect((await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [email])).rowCount).toBe(0);
});
