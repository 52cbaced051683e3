import { randomBytes } from "node:crypto";
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

// The coordinator's season without dead ends: from the inbox to each item, finding and opening a
// candidate, the timeline, an edited mail to all matching, an offer sent and withdrawn, a series
// of interview slots.
const SLUG = "trainee-varmland";
const base = `/sv/c/${SLUG}`;

test("the coordinator goes from each inbox item to its list and acts on it", async ({ page }) => {
  test.setTimeout(240_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(base);
  const inbox = page.getByRole("region", { name: sv.dashboard.todo.title });
  await expect(inbox).toBeVisible();
  await expectAccessible(page);
  const items = inbox.getByRole("link");
  expect(await items.count()).toBe(8);

  // Postings awaiting approval: the filtered list, one opened and approved.
  await inbox.getByRole("link", { name: /väntar på godkännande/ }).click();
  await expect(page).toHaveURL(/\/postings\?status=SUBMITTED$/);
  const awaiting = page.getByRole("table").getByRole("link");
  const before = await awaiting.count();
  expect(before).toBeGreaterThan(0);
  await awaiting.first().click();
  await page.getByRole("button", { name: sv.postings.actions.approve }).click();
  await expect(page.getByText(sv.postingStatus.PUBLISHED).first()).toBeVisible();

  // Candidates without ratings: the list's filter says so; one opened and rated.
  await page.goto(base);
  await inbox.getByRole("link", { name: /utan bedömning/ }).click();
  await expect(page.getByRole("list", { name: sv.review.todoFilters.label })).toContainText(sv.review.todoFilters.unrated);
  await page.getByRole("table").getByRole("rowheader").first().getByRole("link").click();
  // The rating's criteria: the groups with score buttons (the timeline's mail entries are groups too).
  const groups = page.getByRole("group").filter({ has: page.getByRole("radio") });
  await expect(groups.first()).toBeVisible();
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole("radio", { name: "3", exact: true }).check();
  await page.getByRole("button", { name: sv.ratings.submit }).click();
  await expect(page.getByRole("heading", { level: 2, name: sv.ratings.myRatingTitle })).toBeVisible({ timeout: 30_000 });

  // The other items each land on the list they count.
  const landings: [RegExp, RegExp][] = [
    [/skickade tillbaka och inte inskickade igen/, /\/postings\?status=RETURNED$/],
    [/sedan ditt förra besök/, /\/applications\?campaign=/],
    [/utan bokad tid/, /stage=INTERVIEW&unbooked=1/],
    [/utan svar/, /stage=OFFER/],
    [/försenade/, /\/check-ins\?overdue=1$/],
    [/utan kontaktperson/, /\/members\?contact=none$/],
  ];
  for (const [label, url] of landings) {
    await page.goto(base);
    await inbox.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(url);
    await expect(page.locator("h1")).toBeVisible();
  }
  await expect(page.getByText(/saknar kontaktperson i Kohort/)).toBeVisible();
  await expectAccessible(page);
});

test("the employer goes from each inbox item to what it counts", async ({ page }) => {
  test.setTimeout(120_000);
  await signInDirectly(page, "employer@varmland.example");
  await page.goto(base);
  const inbox = page.getByRole("region", { name: sv.dashboard.todo.title });
  await expect(inbox.getByRole("link")).toHaveCount(3);
  const soon = inbox.getByRole("link", { name: /med era traineer inom 30 dagar/ });
  const count = Number(/^\d+/.exec((await soon.textContent())!.trim())![0]);
  await soon.click();
  await expect(page).toHaveURL(/\/trainees#next-check-ins$/);
  const listed = page.locator("#next-check-ins");
  await expect(listed.getByRole("heading", { level: 2, name: sv.employerTrainees.nextCheckIns })).toBeInViewport();
  await expect(listed.getByRole("listitem")).toHaveCount(count);
  await expectAccessible(page);
  for (const [label, url] of [
    [/väntar på din bedömning/, /\/candidates\?unrated=1$/],
    [/skickade tillbaka till er/, /\/postings\?status=RETURNED$/],
  ] as const) {
    await page.goto(base);
    await inbox.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(url);
    await expect(page.locator("h1")).toBeVisible();
  }
});

test("the coordinator finds a candidate by full name, opens the row, writes a note and reads the timeline", async ({ page }) => {
  test.setTimeout(180_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`${base}/applications`);
  await page.getByLabel(sv.review.search).fill("Malin Mohammadi");
  await page.getByRole("button", { name: sv.review.apply }).click();
  const rows = page.getByRole("table").getByRole("rowheader");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Malin Mohammadi");
  await expectAccessible(page);

  // A click anywhere on the row opens the candidate; so does Enter on the name.
  await page.getByRole("table").getByRole("row").nth(1).getByRole("cell").nth(3).click();
  await expect(page.getByRole("heading", { level: 1, name: "Malin Mohammadi" })).toBeVisible();
  await page.goBack();
  await rows.first().getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Malin Mohammadi" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: sv.candidate.navLabel })).toContainText("1 av 1");

  const note = `Ringde referensen ${randomBytes(3).toString("hex")}`;
  await page.getByLabel(sv.candidate.noteLabel).fill(note);
  await page.getByRole("button", { name: sv.candidate.addNote }).click();
  const timeline = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: sv.candidate.timeline.title }) });
  await expect(timeline.getByText(note)).toBeVisible();
  // The next step forward is chosen already.
  await page.getByRole("button", { name: sv.candidate.move, exact: true }).click();
  await expect(timeline.getByText(/^Flyttade från .* till /).first()).toBeVisible();
  await expectAccessible(page);

  // The employer contact who may see her never sees the note.
  await signInDirectly(page, "employer@varmland.example");
  await page.goto(page.url());
  await expect(page.getByText(note)).toHaveCount(0);
});

test("an unaccented name finds the accented one", async ({ page }) => {
  // Someone in Innlandet's open campaign whose name has å, æ or ø, searched for without them.
  const { rows } = await db.query<{ name: string; campaignId: string }>(
    `SELECT p."firstName" || ' ' || p."lastName" AS name, a."campaignId" FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId"
       JOIN "Campaign" k ON k.id = a."campaignId" JOIN "Consortium" c ON c.id = a."consortiumId"
      WHERE c.slug = 'trainee-innlandet' AND k.status = 'OPEN' AND a.stage <> 'DRAFT' AND p."firstName" || p."lastName" ~ '[ÅÆØåæø]' LIMIT 1`,
  );
  const { name, campaignId } = rows[0];
  const plain = name.toLowerCase().replace(/[åÅ]/g, "a").replace(/[øØ]/g, "o").replace(/[æÆ]/g, "ae");
  await signInDirectly(page, "coordinator@innlandet.example");
  await page.goto(`/nb/c/trainee-innlandet/applications?campaign=${campaignId}&q=${encodeURIComponent(plain)}`);
  await expect(page.getByRole("table").getByRole("rowheader").first()).toContainText(name);
});

test("the coordinator sends an edited mail to all applications matching a filter", async ({ page }) => {
  test.setTimeout(180_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`${base}/applications`);
  const lead = (await page.getByText(/ansökningar? matchar/).textContent())!;
  const total = Number(/(\d+) ansökningar/.exec(lead)![1]);
  expect(total).toBeGreaterThan(50);
  await page.getByRole("checkbox", { name: sv.review.selectAll }).check();
  await page.getByRole("button", { name: `Välj alla ${total} som matchar` }).click();
  await expect(page.getByText(`Alla ${total} ansökningar som matchar filtret är valda.`)).toBeVisible();
  await page.getByRole("button", { name: sv.review.mail.write }).click();
  const subject = `Viktigt om intervjudagen ${randomBytes(3).toString("hex")}`;
  // One subject and text per language the recipients read; each is edited.
  const subjects = page.getByRole("textbox", { name: sv.review.mail.subject, exact: true });
  const bodies = page.getByRole("textbox", { name: sv.review.mail.body, exact: true });
  await expect(subjects.first()).toBeVisible();
  for (let i = 0; i < (await subjects.count()); i++) {
    await subjects.nth(i).fill(subject);
    await bodies.nth(i).fill("Hej {name}!\n\nIntervjudagen flyttas till den 12 mars. Din ansökan är i steget {stage}.");
  }
  await page.getByRole("button", { name: sv.review.mail.preview }).click();
  await expect(page.getByRole("figure")).toContainText("Intervjudagen flyttas till den 12 mars.");
  await expectAccessible(page);
  await page.getByRole("button", { name: new RegExp(`Skicka till ${total} sökande`) }).click();
  await page.getByRole("button", { name: `Ja, skicka till ${total}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Mejlet skickades till ${total} sökande.` })).toBeVisible();

  await page.goto("/sv/dev/mailbox");
  const mail = page.getByRole("article", { name: subject }).first();
  await expect(mail).toContainText("Intervjudagen flyttas till den 12 mars.");
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxEmail" WHERE subject = $1`, [subject]);
  expect(rows[0].n).toBe(total);
});

test("an offer's message reaches the mail and the applicant's page, and its withdrawal is told", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The demo applicant's application, made ready for an offer.
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT a.id, p."firstName" || ' ' || p."lastName" AS name FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" JOIN "Consortium" c ON c.id = a."consortiumId"
      WHERE c.slug = $1 AND p.email = 'applicant@varmland.example' ORDER BY a."createdAt" DESC LIMIT 1`,
    [SLUG],
  );
  const { id, name } = rows[0];
  await db.query(`UPDATE "Offer" SET status = 'WITHDRAWN' WHERE "applicationId" = $1 AND status = 'PENDING'`, [id]);
  await db.query(`UPDATE "Application" SET stage = 'SHORTLISTED' WHERE id = $1`, [id]);

  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`${base}/candidates/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const message = `Vi ser fram emot att jobba med dig ${randomBytes(3).toString("hex")}!`;
  await page.getByLabel(sv.offers.answerBy).fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel(sv.offers.message).fill(message);
  await page.getByRole("button", { name: sv.offers.send }).click();
  await expect(page.getByRole("group", { name: sv.offers.confirmLabel })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: sv.offers.confirmYes }).click();
  await expect(page.getByText(sv.offers.status.PENDING)).toBeVisible();

  await page.goto("/sv/dev/mailbox?to=applicant%40varmland.example");
  await expect(page.getByRole("article").filter({ hasText: message })).toHaveCount(1);

  const context = await browser.newContext();
  const applicant = await context.newPage();
  await signInDirectly(applicant, "applicant@varmland.example");
  await applicant.goto(`${base}/me`);
  await expect(applicant.getByText(message)).toBeVisible();
  await expect(applicant.getByText(/Svara senast/)).toBeVisible();
  await expectAccessible(applicant);

  await page.goto(`${base}/candidates/${id}`);
  await page.getByRole("button", { name: sv.offers.withdraw }).click();
  await page.getByRole("button", { name: sv.offers.withdrawYes }).click();
  await expect(page.getByText(sv.offers.status.WITHDRAWN).first()).toBeVisible();
  await applicant.reload();
  await expect(applicant.getByText(/har tagits tillbaka/)).toBeVisible();
  await expect(applicant.getByRole("button", { name: sv.me.accept })).toHaveCount(0);
  await page.goto("/sv/dev/mailbox?to=applicant%40varmland.example");
  await expect(page.getByRole("article", { name: /är återtaget/ }).first()).toBeVisible();
  await context.close();
});

test("the coordinator creates a series of interview slots in one step", async ({ page }) => {
  test.setTimeout(120_000);
  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`${base}/interviews`);
  const day = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(sv.interviews.form.date).fill(day);
  await page.getByLabel(sv.interviews.form.from).fill("13:00");
  await page.getByLabel(sv.interviews.form.to, { exact: true }).fill("15:00");
  await page.getByLabel(sv.interviews.form.length).fill("30");
  await page.getByLabel(sv.interviews.form.gap).fill("10");
  const place = `Rum ${randomBytes(2).toString("hex")}`;
  await page.getByLabel(sv.interviews.form.location, { exact: true }).fill(place);
  await page.getByRole("button", { name: sv.interviews.form.createSeries }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 tider skapades." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: place })).toHaveCount(3);
  await expectAccessible(page);
});
