import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import { pdfBytes } from "../support/files";
import { db, expect, expectAccessible, freshEmail, signInDirectly, test } from "./support";

const PDF = Buffer.from(pdfBytes());

test("a graduate applies with a video link and a CV, and sees the application on their page", async ({ page }) => {
  test.setTimeout(180_000);
  const email = freshEmail("graduate");
  await signInDirectly(page, email);

  // From the public career page to the form.
  await page.goto("/en/c/trainee-varmland/jobs");
  const first = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").first();
  const postingTitle = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: postingTitle })).toBeVisible();
  await page.getByRole("link", { name: en.careers.apply }).click();
  await expect(page).toHaveURL(/\/en\/apply\/trainee-varmland\?posting=/);
  await expectAccessible(page);
  await page.getByRole("button", { name: en.apply.start.button }).click();
  await expect(page).toHaveURL(/\/en\/c\/trainee-varmland\/apply/);
  await expect(page.getByLabel("Choice 1")).toHaveValue(/.+/);
  await expectAccessible(page);

  // Sending too early: translated errors on the fields, nothing sent.
  await page.getByRole("button", { name: en.apply.form.send }).click();
  await expect(page.getByText(en.validation.firstName).first()).toBeVisible();
  await expect(page.getByText(en.validation.consentRequired, { exact: true })).toBeVisible();

  await page.getByLabel(en.apply.form.firstName).fill("Maja");
  await page.getByLabel(en.apply.form.lastName).fill("<b>Berg</b>");
  await page.getByLabel(en.apply.form.educationLevel).selectOption("MASTER");
  await page.getByLabel(en.apply.form.field).fill("Economics");
  await page.getByLabel(en.apply.form.university).fill("Karlstad University");
  await page.getByLabel(en.apply.form.graduationYear).fill("2026");
  await page.getByLabel(en.options.tie.STUDIED).check();
  await page.getByLabel(en.apply.form.coverLetter, { exact: true }).fill('<script>alert("x")</script> I want to stay in Värmland.');
  await page.getByLabel(en.apply.form.videoUrl).fill("https://example.com/my-video");

  // A file that is not a PDF, whatever its name, is refused; a real PDF is stored.
  const cv = page.getByLabel(en.apply.form.cv);
  await cv.setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text, not a pdf") });
  await expect(page.getByText(en.validation.cvNotPdf)).toBeVisible();
  await cv.setInputFiles({ name: "Maja Berg CV.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByText(/Uploaded: Maja Berg CV\.pdf/)).toBeVisible();

  // The draft saves itself: after a reload everything typed is still there.
  await expect(page.getByText(/Draft saved at/)).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel(en.apply.form.firstName)).toHaveValue("Maja");
  await expect(page.getByLabel(en.apply.form.videoUrl)).toHaveValue("https://example.com/my-video");
  await expect(page.getByText(/Uploaded: Maja Berg CV\.pdf/)).toBeVisible();

  await page.getByLabel(en.apply.form.processingConsent).check();
  await page.getByLabel(en.apply.form.videoConfirm).check();
  await page.getByRole("button", { name: en.apply.form.send }).click();
  await expect(page.getByText(en.validation.videoHostNotAllowed, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(en.apply.form.videoUrl).fill("https://vimeo.com/76979871");
  // Double click: still one application.
  await page.getByRole("button", { name: en.apply.form.send }).dblclick();

  await expect(page).toHaveURL(/\/en\/c\/trainee-varmland\/me\?sent=1/);
  await expect(page.getByText(en.me.sent)).toBeVisible();
  await expect(page.getByText(en.stages.SUBMITTED, { exact: true })).toBeVisible();
  await expect(page.getByText(postingTitle).first()).toBeVisible();
  await expect(page.locator(`iframe[title="${en.me.videoTitle}"]`)).toHaveAttribute("src", "https://player.vimeo.com/video/76979871");
  await page.getByText(en.me.coverLetter).click();
  await expect(page.getByText('<script>alert("x")</script> I want to stay in Värmland.')).toBeVisible();
  await expectAccessible(page);

  const cvLink = page.getByRole("link", { name: /Your CV: Maja Berg CV\.pdf/ });
  const download = await page.request.get((await cvLink.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  const exported = await page.request.get("/api/c/trainee-varmland/me/export");
  expect((await exported.json()).profile.lastName).toBe("<b>Berg</b>");

  const rows = await db.query(
    `SELECT a.stage, count(*) OVER () AS n FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email = $1`,
    [email],
  );
  expect(rows.rows).toEqual([{ stage: "SUBMITTED", n: "1" }]);
  const mail = await db.query(`SELECT subject FROM "OutboxEmail" WHERE "to" = $1`, [email]);
  expect(mail.rows).toEqual([{ subject: "We have received your application to Trainee Värmland" }]);
});

test("the coordinator makes an offer, the candidate accepts in Norwegian, and a trainee exists", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = freshEmail("kandidat");
  const setup = await db.query<{ id: string; cohort: string }>(
    `WITH c AS (SELECT id FROM "Consortium" WHERE slug = 'trainee-innlandet'),
          k AS (SELECT k.id, k."cohortId" FROM "Campaign" k, c WHERE k."consortiumId" = c.id AND k.status = 'OPEN' LIMIT 1),
          p AS (SELECT p.id FROM "Posting" p, k WHERE p."campaignId" = k.id AND p.status = 'PUBLISHED' LIMIT 1),
          u AS (INSERT INTO "User" (id, email, "updatedAt", locale) VALUES ('e2e_' || md5(random()::text), $1, now(), 'nb') RETURNING id),
          m AS (INSERT INTO "Membership" (id, "consortiumId", "userId", role, "updatedAt") SELECT 'e2e_' || md5(random()::text), c.id, u.id, 'APPLICANT', now() FROM c, u),
          a AS (INSERT INTO "Applicant" (id, "consortiumId", "userId", "firstName", "lastName", email, "educationLevel", field, university, "graduationYear", "processingConsentAt", "updatedAt")
                SELECT 'e2e_' || md5(random()::text), c.id, u.id, 'Ola', 'Nordmann', $1, 'MASTER', 'Økonomi', 'Universitetet i Innlandet', 2026, now(), now() FROM c, u RETURNING id, "consortiumId"),
          ap AS (INSERT INTO "Application" (id, "consortiumId", "applicantId", "campaignId", stage, "submittedAt", "updatedAt")
                 SELECT 'e2e_' || md5(random()::text), a."consortiumId", a.id, k.id, 'INTERVIEW', now(), now() FROM a, k RETURNING id, "consortiumId")
     INSERT INTO "ApplicationPreference" (id, "consortiumId", "applicationId", "postingId", rank)
     SELECT 'e2e_' || md5(random()::text), ap."consortiumId", ap.id, p.id, 1 FROM ap, p RETURNING "applicationId" AS id, '' AS cohort`,
    [email],
  );
  const applicationId = setup.rows[0].id;

  const coordinator = await (await browser.newContext()).newPage();
  await signInDirectly(coordinator, "coordinator@innlandet.example");
  await coordinator.goto(`/nb/c/trainee-innlandet/candidates/${applicationId}`);
  await expect(coordinator.getByRole("heading", { level: 2, name: nb.offers.title })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByLabel(nb.offers.message).fill("Velkommen til Hamar!");
  await coordinator.getByRole("button", { name: nb.offers.send }).click();
  // An offer is confirmed before it goes out (issue 14).
  await coordinator.getByRole("group", { name: nb.offers.confirmLabel }).getByRole("button", { name: nb.offers.confirmYes }).click();
  await expect(coordinator.getByText(nb.offers.status.PENDING)).toBeVisible();

  const candidate = await (await browser.newContext()).newPage();
  await signInDirectly(candidate, email);
  await candidate.goto("/nb/c/trainee-innlandet/me");
  await expect(candidate.getByText("Velkommen til Hamar!")).toBeVisible();
  await expectAccessible(candidate);
  await candidate.getByRole("button", { name: nb.me.accept }).click();
  await candidate.getByRole("button", { name: nb.me.acceptYes }).click();
  await expect(candidate.getByText(nb.stages.HIRED, { exact: true })).toBeVisible();
  await expectAccessible(candidate);

  const trainee = await db.query(
    `SELECT t.name, (SELECT count(*) FROM "Placement" pl WHERE pl."traineeId" = t.id) AS placements,
            (SELECT count(*) FROM "BillableEvent" b WHERE b."traineeId" = t.id AND b.kind = 'TRAINEE_HIRED') AS billed
       FROM "Trainee" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1`,
    [email],
  );
  expect(trainee.rows).toEqual([{ name: "Ola Nordmann", placements: "1", billed: "1" }]);
});
