import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { pdfBytes } from "../support/files";
import { closeCampaign, createListWorld } from "./applicant-lists-fixture";
import { db, expect, expectAccessible, freshEmail, sessionCookie, signInDirectly, test } from "./support";

// Issue 20 in Norwegian: an applicant ranks two postings of a public member and one private and
// asks to be left off the public list; the coordinator refuses one request (the applicant is
// mailed and withdraws from that posting) and grants the other; the public list prints with the
// exempted person as exempted and the gender count whole; an applicant of the posting opens the
// extended list; someone who did not apply to it gets a 404. On a phone, with axe on every page.
test.use({ viewport: { width: 390, height: 844 } });

const L = nb.applicantLists;
const f = nb.apply.form;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
const noSidewaysScroll = async (page: import("@playwright/test").Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

test("a public member's applicant lists, from the application to the printed list (nb)", async ({ page, browser, baseURL }) => {
  test.setTimeout(360_000);
  const world = await createListWorld();
  const email = freshEmail("sigrid");

  // The applicant: Apply on posting A, then the form; the list part appears with the public postings.
  await signInDirectly(page, email);
  await page.goto(`/nb/apply/${world.slug}?posting=${world.postingA.id}`);
  await page.getByRole("button", { name: nb.apply.start.button }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/c/${world.slug}/apply`));
  const choice = (rank: number) => page.getByLabel(fill(f.choice, { rank }));
  await expect(choice(1)).toHaveValue(world.postingA.id);
  await choice(2).selectOption(world.privatePosting.id);
  await choice(3).selectOption(world.postingB.id);
  await expect(page.getByText(L.form.noteList)).toHaveCount(2);
  const listPart = page.getByRole("region", { name: L.form.heading });
  await expect(listPart).toContainText("offentleglova § 25");
  await page.getByLabel(f.firstName).fill("Sigrid");
  await page.getByLabel(f.lastName).fill("Lien");
  await page.getByLabel(f.educationLevel).selectOption("MASTER");
  await page.getByLabel(f.field, { exact: true }).fill("Økonomi");
  await page.getByLabel(f.university).fill("Universitetet i Innlandet");
  await page.getByLabel(f.graduationYear).fill("2026");
  await page.getByLabel(f.gender, { exact: true }).selectOption("WOMAN");
  await listPart.getByLabel(L.form.listExemption).check();

  // Sending now: one summary, in view, names what the list needs and the missing reason with the rest.
  await page.getByRole("button", { name: f.send }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(summary).toBeInViewport();
  for (const key of ["birthYearRequired", "currentPositionRequired", "homeMunicipalityRequired", "reasonRequired"] as const) {
    await expect(summary).toContainText(L.validation[key]);
  }
  await expect(summary).toContainText(nb.validation.cvRequired);
  await expectAccessible(page);
  await summary.getByRole("link", { name: new RegExp(L.validation.birthYearRequired) }).click();
  await expect(listPart.getByLabel(L.form.birthYear)).toBeFocused();
  await expect(listPart.getByText(L.validation.birthYearRequired)).toBeInViewport();

  await listPart.getByLabel(L.form.birthYear).fill("1999");
  await listPart.getByLabel(L.form.homeMunicipality).fill("Hamar");
  await listPart.getByLabel(L.form.currentPosition).fill("Masterstudent");
  await listPart.getByLabel(L.form.listExemptionReason).fill("Jeg har en fast stilling i dag og har ikke sagt fra ennå.");
  await page.getByLabel(f.coverLetter, { exact: true }).fill("Jeg vil bygge livet mitt i Innlandet.");
  await page.getByLabel(f.cv).setInputFiles({ name: "Sigrid CV.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });
  await expect(page.getByText(/Sigrid CV\.pdf/)).toBeVisible();
  // Recording in the page is the default (issue 19); this applicant pastes a link.
  await page.getByLabel(nb.recorder.sourceLink).check();
  await page.getByLabel(f.videoUrl).fill("https://youtu.be/dQw4w9WgXcQ");
  await page.getByLabel(f.videoConfirm).check();
  await page.getByLabel(f.processingConsent).check();
  await noSidewaysScroll(page);
  await page.getByRole("button", { name: f.send }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/c/${world.slug}/me\\?sent=1`));
  const requests = await db.query(`SELECT x."postingId" FROM "ListExemption" x JOIN "Application" a ON a.id = x."applicationId" JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email = $1`, [email]);
  expect(requests.rows.map((r) => r.postingId).sort()).toEqual([world.postingA.id, world.postingB.id].sort());

  // The coordinator: refuses A's request (a decision without a choice and a note is refused first), grants B's.
  const staffContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const url = new URL(baseURL!);
  await staffContext.addCookies([{ name: "authjs.session-token", value: await sessionCookie(world.coordinator), domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
  const staff = await staffContext.newPage();
  await staff.goto(`/nb/c/${world.slug}/applicant-lists`);
  await expect(staff.getByRole("heading", { level: 1, name: L.title })).toBeVisible();
  await expect(staff.getByRole("link", { name: world.privatePosting.title })).toHaveCount(0);
  await expectAccessible(staff);
  await noSidewaysScroll(staff);
  const decide = async (posting: { id: string; title: string }, choice: "refuse" | "grant", note: string) => {
    await staff.goto(`/nb/c/${world.slug}/applicant-lists/${posting.id}`);
    const request = staff.getByRole("listitem").filter({ hasText: "Sigrid Lien" });
    await expect(request).toContainText(L.requests.status.PENDING);
    await expect(request).toContainText("Jeg har en fast stilling i dag");
    if (choice === "refuse") {
      await request.getByRole("button", { name: L.requests.decide.submit }).click();
      await expect(request.getByText(L.validation.decision)).toBeInViewport();
      await expect(request.getByText(L.validation.noteRequired)).toBeVisible();
      await expectAccessible(staff);
    }
    await request.getByLabel(L.requests.decide[choice]).check();
    await request.getByLabel(L.requests.decide.note, { exact: true }).fill(note);
    await request.getByRole("button", { name: L.requests.decide.submit }).click();
    await expect(request).toContainText(L.requests.status[choice === "refuse" ? "REFUSED" : "GRANTED"]);
    await expect(request).toContainText(note);
  };
  await decide(world.postingA, "refuse", "Byutvikling har særlig offentlig interesse i Elverum.");
  // The refused applicant's week to withdraw is what A's lists wait for now.
  await expect(staff.getByText(new RegExp(L.status.awaiting.split("}}")[1].split("{")[0].trim()))).toBeVisible();
  await decide(world.postingB, "grant", "Ingen særlig offentlig interesse i stillingen.");
  await expectAccessible(staff);

  // The applicant is mailed the refusal, follows it and withdraws from posting A only.
  await page.goto(`/nb/dev/mailbox?to=${encodeURIComponent(email)}`);
  const refusal = page.getByRole("article", { name: fill(nb.email.applicantList.exemptionRefused.subject, { title: world.postingA.title }) });
  await expect(refusal).toContainText("Byutvikling har særlig offentlig interesse i Elverum.");
  await refusal.locator('a[href*="/me#applicant-lists"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/nb/c/${world.slug}/me#applicant-lists`));
  const card = page.locator("#applicant-lists");
  const answerA = card.getByRole("listitem").filter({ hasText: world.postingA.title });
  await expect(answerA).toContainText(L.mine.status.REFUSED);
  await answerA.getByRole("button", { name: L.mine.withdraw }).click();
  await answerA.getByRole("button", { name: L.mine.withdrawYes }).click();
  await expect(answerA).toContainText(L.mine.answer.WITHDREW);
  await expect(card.getByRole("listitem").filter({ hasText: world.postingB.title })).toContainText(L.mine.status.GRANTED);
  const ranking = page.getByRole("heading", { name: nb.me.preferences }).first().locator("xpath=following-sibling::ol[1]");
  await expect(ranking.getByRole("listitem")).toHaveText([`${world.privatePosting.title} – Mjøsdata AS`, `${world.postingB.title} – Elverum kommune`]);
  await expectAccessible(page);

  // After the deadline the coordinator publishes B's lists; the public list shows the exempted as exempted.
  await closeCampaign(world.campaignId);
  await staff.goto(`/nb/c/${world.slug}/applicant-lists/${world.postingB.id}`);
  await expect(staff.getByText(L.status.ready)).toBeVisible();
  await staff.getByRole("button", { name: L.status.publish }).click();
  await staff.getByRole("button", { name: L.status.publishYes }).click();
  await expect(staff.getByText(/^Publisert /)).toBeVisible();
  await staff.getByRole("link", { name: L.status.public, exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1, name: L.document.publicTitle })).toBeVisible();
  const table = staff.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table).toContainText("Bjørn Dahl");
  await expect(table).toContainText("Hanne Strand");
  await expect(table).toContainText(L.document.exempted);
  await expect(staff.getByText("Lien")).toHaveCount(0);
  for (const line of [fill(L.document.total, { count: 3 }), fill(L.document.women, { count: 2 }), fill(L.document.men, { count: 1 })]) {
    await expect(staff.getByText(line, { exact: true })).toBeVisible();
  }
  await expectAccessible(staff);
  await noSidewaysScroll(staff);

  // It prints: what "Save as PDF" gives, read back by PDF.js, without the app around it.
  await staff.emulateMedia({ media: "print" });
  await expect(staff.getByRole("button", { name: L.document.print })).toBeHidden();
  const pdf = await staff.pdf({ format: "A4" });
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" ");
  for (const expected of [L.document.publicTitle, L.document.exempted, "Hanne Strand", fill(L.document.total, { count: 3 }), fill(L.document.women, { count: 2 })]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain("Lien");
  expect(text).not.toContain(nb.nav.applicantLists);
  await staff.emulateMedia({ media: "screen" });

  // The CSV, as a spreadsheet reads it.
  const [download] = await Promise.all([staff.waitForEvent("download"), staff.getByRole("link", { name: L.document.downloadCsv }).click()]);
  const rows = parse(await readFile(await download.path()), { bom: true, delimiter: ";" }) as string[][];
  expect(rows[0]).toEqual([L.document.number, L.document.name, L.document.age, L.document.position, L.document.municipality]);
  expect(rows.map((r) => r[1])).toContain(L.document.exempted);
  expect(rows.flat().join(" ")).not.toContain("Lien");

  // An applicant of the posting opens the extended list from their page; it names everyone.
  await page.goto(`/nb/c/${world.slug}/me`);
  await card.getByRole("link", { name: new RegExp(world.postingB.title) }).click();
  await expect(page.getByRole("heading", { level: 1, name: L.document.extendedTitle })).toBeVisible();
  for (const name of ["Sigrid Lien", "Hanne Strand", "Bjørn Dahl"]) await expect(page.getByRole("table")).toContainText(name);
  await expectAccessible(page);
  await noSidewaysScroll(page);
  const extendedUrl = page.url();

  // Someone who did not apply to that posting gets a 404, as does the list of the posting she left.
  const outsider = await browser.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${await sessionCookie(world.outsider)}` } });
  expect((await outsider.request.get(extendedUrl, { maxRedirects: 0 })).status()).toBe(404);
  expect((await page.request.get(`/nb/c/${world.slug}/me/applicant-lists/${world.postingA.id}`, { maxRedirects: 0 })).status()).toBe(404);
  await outsider.close();
  await staffContext.close();
});

test("a Swedish consortium says a public employer's application is a public document, and never asks for the Norwegian list", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  await signInDirectly(page, "applicant@varmland.example");
  await page.goto("/sv/c/trainee-varmland/apply");
  await expect(page.getByText(sv.applicantLists.form.notePublicDocument).first()).toBeVisible();
  await expect(page.getByRole("region", { name: sv.applicantLists.form.heading })).toHaveCount(0);
  await expect(page.getByText(sv.applicantLists.form.listExemption)).toHaveCount(0);
  await expectAccessible(page);

  // A public member's ad says so before anyone applies, in each country's terms.
  const publicPosting = await db.query<{ id: string; slug: string }>(
    `SELECT p.id, c.slug FROM "Posting" p JOIN "Employer" e ON e.id = p."employerId" JOIN "Consortium" c ON c.id = p."consortiumId"
      WHERE e.sector = 'PUBLIC' AND p.status = 'PUBLISHED' AND c.slug IN ('trainee-varmland', 'trainee-innlandet') ORDER BY c.slug DESC, p.id`,
  );
  const varmland = publicPosting.rows.find((r) => r.slug === "trainee-varmland")!;
  const innlandet = publicPosting.rows.find((r) => r.slug === "trainee-innlandet")!;
  await page.goto(`/sv/c/trainee-varmland/jobs/${varmland.id}`);
  await expect(page.getByText(sv.applicantLists.career.publicDocument)).toBeVisible();
  await page.goto(`/nb/c/trainee-innlandet/jobs/${innlandet.id}`);
  await expect(page.getByText(nb.applicantLists.career.list)).toBeVisible();
  await expectAccessible(page);

  // No lists in a Swedish consortium, not even for its coordinator.
  const coordinator = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${await sessionCookie("coordinator@varmland.example")}` } });
  expect((await coordinator.get("/sv/c/trainee-varmland/applicant-lists", { maxRedirects: 0 })).status()).toBe(404);
  const dashboard = await coordinator.get("/sv/c/trainee-varmland", { maxRedirects: 0 });
  expect(await dashboard.text()).not.toContain("/applicant-lists");
  await coordinator.dispose();
});
