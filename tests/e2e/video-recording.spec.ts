import { existsSync } from "node:fs";
import path from "node:path";
import sv from "../../messages/sv.json" with { type: "json" };
import { pdfBytes } from "../support/files";
import { db, expect, expectAccessible, freshEmail, sessionCookie, signInDirectly, test } from "./support";

// The 90-second video recorded in the page (issue 19, decision 0047), in Chromium with its fake
// camera and microphone, on a phone: record, retake, keep the second take through a dropped
// connection, send; the coordinator and a rating employer play it (206 on a range request), an
// employer without the right gets 404; deleting one's data removes the stored file.

const FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"];
test.use({
  viewport: { width: 390, height: 844 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", ...FAKE_MEDIA],
  },
});

const SLUG = "trainee-varmland";
const f = sv.apply.form;
const r = sv.recorder;
const fill = (message: string, values: Record<string, string | number>) => message.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
/** "Tagning 2 (0:03)", whatever second the stop button was pressed in. */
const takeLabel = (number: number) => new RegExp(`^${fill(r.take, { number, duration: "\\d:\\d\\d" }).replace(/[()]/g, "\\$&")}$`);
const storedFile = (key: string) => path.join(path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"), ...key.split("/"));

/** A published posting of the demo employer contact's employer, in the open campaign. */
async function karlstadPosting() {
  const rows = await db.query<{ id: string; employerId: string }>(
    `SELECT p.id, p."employerId" FROM "Posting" p JOIN "Campaign" k ON k.id = p."campaignId"
       JOIN "Membership" m ON m."employerId" = p."employerId" JOIN "User" u ON u.id = m."userId"
      WHERE u.email = 'employer@varmland.example' AND p.status = 'PUBLISHED' AND k."opensAt" <= now() AND k."closesAt" > now()
      ORDER BY p.id LIMIT 1`,
  );
  return rows.rows[0];
}

/** An employer contact of another member employer, who was not ranked: no right to this application. */
async function otherEmployerContact(employerId: string) {
  const email = freshEmail("other-employer");
  await db.query(
    `WITH c AS (SELECT id FROM "Consortium" WHERE slug = $2),
          e AS (SELECT e.id FROM "Employer" e, c WHERE e."consortiumId" = c.id AND e.id <> $3 ORDER BY e.id LIMIT 1),
          u AS (INSERT INTO "User" (id, email, "updatedAt", locale) VALUES ('e2e_' || md5(random()::text), $1, now(), 'sv') RETURNING id)
     INSERT INTO "Membership" (id, "consortiumId", "userId", role, "employerId", "updatedAt")
     SELECT 'e2e_' || md5(random()::text), c.id, u.id, 'EMPLOYER', e.id, now() FROM c, u, e`,
    [email, SLUG, employerId],
  );
  return email;
}

test("a graduate records, retakes, keeps the second take through a dropped connection and sends; reviewers play it", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  const email = freshEmail("recorder");
  const posting = await karlstadPosting();
  await signInDirectly(page, email);
  await page.goto(`/sv/apply/${SLUG}?posting=${posting.id}`);
  await page.getByRole("button", { name: sv.apply.start.button }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/c/${SLUG}/apply`));

  await page.getByLabel(f.firstName).fill("Maja");
  await page.getByLabel(f.lastName).fill("Berg");
  await page.getByLabel(f.educationLevel).selectOption("MASTER");
  await page.getByLabel(f.field, { exact: true }).fill("Ekonomi");
  await page.getByLabel(f.university).fill("Karlstads universitet");
  await page.getByLabel(f.graduationYear).fill("2026");
  await page.getByLabel(f.coverLetter, { exact: true }).fill("Jag vill stanna i Värmland.");
  await page.getByLabel(f.cv).setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });

  // Recording is the easy way: chosen from the start, with where the video is kept and for how long.
  await expect(page.getByLabel(r.sourceRecording)).toBeChecked();
  await expect(page.getByText(new RegExp(`Din video sparas av Trainee Värmland i Kohort`))).toBeVisible();
  await expectAccessible(page);

  // By keyboard: every step of the recorder is a button.
  await page.getByRole("button", { name: r.startCamera }).press("Enter");
  await expect(page.getByLabel(r.preview)).toBeVisible();
  await page.getByRole("button", { name: r.record }).press("Enter");
  await expect(page.getByText(new RegExp(fill(r.countdown, { seconds: "[321]" })))).toBeInViewport();
  const timer = page.getByRole("timer");
  await expect(timer).toBeInViewport({ timeout: 10_000 });
  await expect(timer).toHaveText(fill(r.timer, { elapsed: "0:02", limit: "1:30" }), { timeout: 10_000 });
  await page.getByRole("button", { name: r.stop }).press(" ");
  await expect(page.getByText(takeLabel(1))).toBeVisible();

  // A retake, kept while the connection is gone: the take stays, the message says so, "try again" stores it.
  await page.getByRole("button", { name: r.retake }).click();
  await expect(timer).toHaveText(fill(r.timer, { elapsed: "0:03", limit: "1:30" }), { timeout: 15_000 });
  await page.getByRole("button", { name: r.stop }).click();
  await expect(page.getByLabel(takeLabel(2))).toBeVisible();
  await expectAccessible(page);
  await page.context().setOffline(true);
  await page.getByRole("button", { name: fill(r.keep, { number: 2 }) }).click();
  const failed = page.getByText(fill(r.uploadFailed, { number: 2 }));
  await expect(failed).toBeInViewport({ timeout: 30_000 });
  await expect(page.getByLabel(takeLabel(2))).toBeVisible();
  await page.context().setOffline(false);
  await page.getByRole("alert").filter({ has: failed }).getByRole("button", { name: r.retry }).click();
  await expect(page.getByText(fill(r.uploaded, { number: 2 }))).toBeInViewport({ timeout: 30_000 });
  const stored = page.getByLabel(r.storedPlayer);
  await expect(stored).toBeVisible();
  // Played back from our own route, by the browser itself: a WebM whose duration it can read.
  const seconds = await stored.evaluate((video: HTMLVideoElement) =>
    new Promise<number>((resolve) => (video.readyState >= 1 ? resolve(video.duration) : (video.onloadedmetadata = () => resolve(video.duration)))),
  );
  expect(seconds).toBeGreaterThan(2);
  expect(seconds).toBeLessThan(5);

  await page.getByLabel(f.videoSummary).fill("Jag berättar om mitt examensarbete och varför jag vill bo kvar.");
  await page.getByLabel(f.processingConsent).check();
  await page.getByRole("button", { name: f.send }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/c/${SLUG}/me\\?sent=1`), { timeout: 30_000 });
  await expect(page.getByLabel(sv.me.videoTitle)).toBeVisible();
  await expect(page.getByText("Jag berättar om mitt examensarbete")).toBeVisible();
  await expectAccessible(page);

  const row = await db.query<{ id: string; videoFileKey: string; videoFileType: string; videoDurationMs: number; videoUrl: string | null }>(
    `SELECT a.id, a."videoFileKey", a."videoFileType", a."videoDurationMs", a."videoUrl" FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email = $1`,
    [email],
  );
  const application = row.rows[0];
  expect(application).toMatchObject({ videoFileType: "video/webm", videoUrl: null });
  expect(application.videoDurationMs).toBeGreaterThan(2500);
  expect(existsSync(storedFile(application.videoFileKey))).toBe(true);
  const videoUrl = `/api/c/${SLUG}/applications/${application.id}/video`;

  // The coordinator and the ranked employer play it; a range request answers 206.
  for (const reviewer of ["coordinator@varmland.example", "employer@varmland.example"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const reviewerPage = await context.newPage();
    await signInDirectly(reviewerPage, reviewer);
    await reviewerPage.goto(`/sv/c/${SLUG}/candidates/${application.id}`);
    const player = reviewerPage.locator(`video[src="${videoUrl}"]`);
    await expect(player).toBeVisible();
    const duration = await player.evaluate((video: HTMLVideoElement) =>
      new Promise<number>((resolve) => (video.readyState >= 1 ? resolve(video.duration) : (video.onloadedmetadata = () => resolve(video.duration)))),
    );
    expect(Math.abs(duration - seconds)).toBeLessThan(0.2);
    await expect(reviewerPage.getByText("Jag berättar om mitt examensarbete")).toBeVisible();
    await expectAccessible(reviewerPage);
    const ranged = await reviewerPage.request.get(videoUrl, { headers: { Range: "bytes=0-1023" } });
    expect(ranged.status()).toBe(206);
    expect(ranged.headers()["content-range"]).toMatch(/^bytes 0-1023\/\d+$/);
    expect((await ranged.body()).length).toBe(1024);
    await context.close();
  }

  // An employer contact whose postings were not ranked, another consortium and nobody: nothing.
  const as = async (who: string | null) =>
    playwright.request.newContext({ baseURL, extraHTTPHeaders: who ? { cookie: `authjs.session-token=${await sessionCookie(who)}` } : {} });
  for (const [who, status] of [[await otherEmployerContact(posting.employerId), 404], ["steering@varmland.example", 404], ["coordinator@innlandet.example", 404], [null, 401]] as const) {
    const api = await as(who);
    expect({ who, status: (await api.get(videoUrl, { headers: { Range: "bytes=0-1023" } })).status() }).toEqual({ who, status });
    await api.dispose();
  }

  // Deleting one's data removes the stored file, not only the row.
  await page.getByRole("button", { name: sv.me.delete }).click();
  await page.getByRole("button", { name: sv.me.deleteYes }).click();
  await expect(page).toHaveURL(/account-deleted/, { timeout: 30_000 });
  expect(existsSync(storedFile(application.videoFileKey))).toBe(false);
});

test("camera problems are named in the page's language where the person is", async ({ page }) => {
  test.setTimeout(120_000);
  const problems = { NotAllowedError: r.permissionDenied, NotFoundError: r.noCamera, NotReadableError: r.cameraInUse } as const;
  // The browser's answer to getUserMedia, as each problem makes it (the fake camera always works).
  await page.addInitScript(() => {
    const devices = navigator.mediaDevices;
    devices.getUserMedia = async () => {
      throw new DOMException("refused", (window as unknown as { __problem: string }).__problem);
    };
  });
  await signInDirectly(page, freshEmail("camera"));
  const posting = await karlstadPosting();
  await page.goto(`/sv/apply/${SLUG}?posting=${posting.id}`);
  await page.getByRole("button", { name: sv.apply.start.button }).click();
  for (const [name, message] of Object.entries(problems)) {
    await page.evaluate((problem) => ((window as unknown as { __problem: string }).__problem = problem), name);
    await page.getByRole("button", { name: r.startCamera }).click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeInViewport();
  }
  await expectAccessible(page);
  // The link is still there as the way out, and works as it always did.
  await page.getByLabel(r.sourceLink).check();
  await expect(page.getByLabel(f.videoUrl)).toBeVisible();
});

test("the clock stops the recording at 90 seconds and tells a screen reader at 60, 30 and 10 seconds left", async ({ page }) => {
  test.setTimeout(120_000);
  // The page's clock runs fast here; the fake camera and MediaRecorder keep real time.
  await page.clock.install();
  await signInDirectly(page, freshEmail("clock"));
  const posting = await karlstadPosting();
  await page.goto(`/sv/apply/${SLUG}?posting=${posting.id}`);
  await page.getByRole("button", { name: sv.apply.start.button }).click();
  await page.getByRole("button", { name: r.startCamera }).click();
  await page.getByRole("button", { name: r.record }).click();
  await page.clock.runFor(3_000);
  const timer = page.getByRole("timer");
  await expect(timer).toBeInViewport();
  const spoken = page.locator('p[aria-live="assertive"]');
  await expect(spoken).toHaveText("");
  for (const [elapsed, left] of [[31_000, 60], [30_000, 30], [20_000, 10]] as const) {
    await page.clock.runFor(elapsed);
    await expect(spoken).toHaveText(fill(r.left, { seconds: left }));
  }
  await page.clock.runFor(10_500);
  await expect(page.getByText(r.limitReached)).toBeInViewport();
  await expect(page.getByText(fill(r.take, { number: 1, duration: "1:30" }))).toBeVisible();
  await expect(page.getByRole("button", { name: r.retake })).toBeEnabled();
});
