import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  deleteMyDataAction,
  joinAsApplicantAction,
  saveDraftAction,
  submitApplicationAction,
  uploadCvAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { readCv } from "@/lib/applications/files";
import { exportMyData } from "@/lib/applications/mine";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { makeOfferAction, respondToOfferAction } from "@/lib/offers/actions";
import { applicationInput, newApplicant, pdfBytes, pdfFile } from "../support/applications";
import { createPostingIn, createTenant, createUser, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let other: TenantFixture;
let postings: string[];

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("apply"), createTenant("apply-other")]);
  postings = [await createPostingIn(t, "PUBLISHED"), await createPostingIn(t, "PUBLISHED")];
});

const db = () => systemDb();
const applicationsOf = (userId: string) => db().application.findMany({ where: { applicant: { userId } }, include: { preferences: true } });
const storedFile = (key: string) => path.join(path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"), ...key.split("/"));

describe("joining and applying", () => {
  it("lets a signed-in person join as an applicant, but not the consortium's own staff", async () => {
    const user = await createUser("joiner");
    expect(await joinAsApplicantAction.runAs(user, { slug: t.slug })).toMatchObject({ ok: true });
    expect(await joinAsApplicantAction.runAs(user, { slug: t.slug })).toMatchObject({ ok: true });
    expect(await db().membership.count({ where: { userId: user.id, consortiumId: t.id, role: "APPLICANT" } })).toBe(1);
    expect(await joinAsApplicantAction.runAs(t.users.COORDINATOR, { slug: t.slug })).toMatchObject({ ok: false, error: "staffCannotApply" });
    expect(await joinAsApplicantAction.runAs(null, { slug: t.slug })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await joinAsApplicantAction.runAs(user, { slug: "no-such-consortium" })).toMatchObject({ ok: false, error: "notFound" });
  });

  it("stores a complete application once, with ranked postings, consents, the CV and one confirmation email", async () => {
    const user = await newApplicant(t, "complete");
    const result = await submitApplicationAction.runAs(user, t.slug, { ...applicationInput(t, postings, { talentPoolConsent: true }), locale: "en" });
    expect(result).toMatchObject({ ok: true, data: { firstSubmission: true } });
    const [application] = await applicationsOf(user.id);
    expect(application.stage).toBe("SUBMITTED");
    // Kept as pasted (what the applicant sees when editing); pages embed it through normaliseVideoUrl.
    expect(application.videoUrl).toBe("https://youtu.be/dQw4w9WgXcQ");
    expect(application.preferences.sort((a, b) => a.rank - b.rank).map((p) => p.postingId)).toEqual(postings);
    expect(application.cvFileName).toBe("cv.pdf");
    expect(existsSync(storedFile(application.cvFileKey!))).toBe(true);
    const applicant = await db().applicant.findUniqueOrThrow({ where: { id: application.applicantId } });
    expect(applicant.processingConsentAt).toBeInstanceOf(Date);
    expect(applicant.talentPoolExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    const mail = await db().outboxEmail.findMany({ where: { to: user.email, consortiumId: t.id } });
    expect(mail).toHaveLength(1);
    expect(mail[0].locale).toBe("en");
    // The confirmation names the date the data will be erased: 24 months after the deadline.
    const campaign = await db().campaign.findUniqueOrThrow({ where: { id: t.campaignId } });
    expect(mail[0].text).toContain(String(campaign.closesAt.getUTCFullYear() + 2));
    expect(await db().applicationDraft.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is idempotent: a double click, a retry and a second tab make one application and one email", async () => {
    const user = await newApplicant(t, "double");
    const input = applicationInput(t, postings.slice(0, 1));
    const results = await Promise.all(Array.from({ length: 5 }, () => submitApplicationAction.runAs(user, t.slug, input)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.data.id : null))).size).toBe(1);
    expect(results.filter((r) => r.ok && r.data.firstSubmission)).toHaveLength(1);
    expect(await applicationsOf(user.id)).toHaveLength(1);
    expect(await db().outboxEmail.count({ where: { to: user.email } })).toBe(1);
  });

  it("lets the applicant change the application until the deadline, withdraw it and send it again", async () => {
    const user = await newApplicant(t, "editor");
    const first = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings));
    const changed = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [postings[1]], { coverLetter: "Ändrat brev." }));
    expect(changed).toMatchObject({ ok: true, data: { id: first.ok ? first.data.id : "", firstSubmission: false } });
    let [application] = await applicationsOf(user.id);
    expect(application.coverLetter).toBe("Ändrat brev.");
    expect(application.preferences.map((p) => p.postingId)).toEqual([postings[1]]);
    // Changes are saved without a mail (the page says so); only the first sending confirms by mail.
    expect(await db().outboxEmail.count({ where: { to: user.email } })).toBe(1);
    expect(await withdrawApplicationAction.runAs(user, t.slug, { campaignId: t.campaignId })).toMatchObject({ ok: true });
    [application] = await applicationsOf(user.id);
    expect(application.stage).toBe("WITHDRAWN");
    expect(await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings))).toMatchObject({ ok: true, data: { firstSubmission: true } });
    [application] = await applicationsOf(user.id);
    expect(application.stage).toBe("SUBMITTED");
    const audit = await db().auditEvent.findMany({ where: { targetId: application.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["application.submit", "application.update", "application.withdraw", "application.submit"]);
  });

  it("saves drafts as they are typed, and keeps the uploaded CV with them", async () => {
    const user = await newApplicant(t, "drafter");
    expect(await saveDraftAction.runAs(user, t.slug, { campaignId: t.campaignId, data: { firstName: "Ebba", coverLetter: "Halvfärdigt" } })).toMatchObject({ ok: true });
    const draft = await db().applicationDraft.findFirstOrThrow({ where: { userId: user.id } });
    expect(draft.data).toMatchObject({ firstName: "Ebba", coverLetter: "Halvfärdigt", cv: { name: "cv.pdf" } });
    // A large paste is kept (the form answers it with "N characters too many"); a draft is still bounded.
    const pasted = await saveDraftAction.runAs(user, t.slug, { campaignId: t.campaignId, data: { coverLetter: "x".repeat(30_000) } });
    expect(pasted).toMatchObject({ ok: true });
    const overlong = await saveDraftAction.runAs(user, t.slug, { campaignId: t.campaignId, data: { coverLetter: "x".repeat(60_001) } });
    expect(overlong).toMatchObject({ ok: false, error: "validation", fieldErrors: { "data.coverLetter": "validation.draftTooLong" } });
  });
});

describe("bad input: a clear message and nothing half-stored", () => {
  async function refused(input: Record<string, unknown>, field: string, key: string) {
    const user = await newApplicant(t, "bad");
    const result = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings, input));
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { [field]: key } });
    expect(await applicationsOf(user.id)).toHaveLength(0);
    expect(await db().applicant.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().outboxEmail.count({ where: { to: user.email } })).toBe(0);
  }

  it("refuses video links that are not links, from hosts not allowed, or without a video", async () => {
    await refused({ videoUrl: "min video" }, "videoUrl", "validation.videoNotUrl");
    await refused({ videoUrl: "https://evil.example/watch?v=dQw4w9WgXcQ" }, "videoUrl", "validation.videoHostNotAllowed");
    await refused({ videoUrl: "https://www.youtube.com/@kohort" }, "videoUrl", "validation.videoNoId");
    await refused({ videoConfirmed: false }, "videoConfirmed", "validation.videoConfirm");
  });

  it("refuses overlong fields, a missing consent, and postings of another consortium", async () => {
    await refused({ coverLetter: "x".repeat(6001) }, "coverLetter", "validation.coverLetterTooLong");
    await refused({ firstName: "x".repeat(81) }, "firstName", "validation.tooLong");
    await refused({ graduationYear: "26" }, "graduationYear", "validation.graduationYear");
    await refused({ processingConsent: false }, "processingConsent", "validation.consentRequired");
    const foreign = await createPostingIn(other, "PUBLISHED");
    await refused({ preferences: [foreign] }, "preferences", "validation.preferenceUnknown");
    await refused({ preferences: [postings[0], postings[0]] }, "preferences", "validation.preferenceTwice");
  });

  it("stores HTML and script as the text that was typed", async () => {
    const user = await newApplicant(t, "html");
    const letter = `<script>alert("x")</script><b>fet</b>`;
    expect(await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings, { coverLetter: letter }))).toMatchObject({ ok: true });
    expect((await applicationsOf(user.id))[0].coverLetter).toBe(letter);
  });

  it("refuses files that are not PDFs whatever their name, and files over 5 MB; nothing is stored", async () => {
    const user = await createUser("files");
    await joinAsApplicantAction.runAs(user, { slug: t.slug });
    const png = new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], "cv.pdf", { type: "application/pdf" });
    expect(await uploadCvAction.runAs(user, t.slug, { campaignId: t.campaignId, file: png })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { file: "validation.cvNotPdf" },
    });
    const big = pdfBytes("%".repeat(5 * 1024 * 1024));
    expect(await uploadCvAction.runAs(user, t.slug, { campaignId: t.campaignId, file: pdfFile("big.pdf", big) })).toMatchObject({
      ok: false,
      fieldErrors: { file: "validation.cvTooLarge" },
    });
    expect(await db().applicationDraft.count({ where: { userId: user.id } })).toBe(0);
    // And without a CV there is no application.
    const result = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings));
    expect(result).toMatchObject({ ok: false, fieldErrors: { cv: "validation.cvRequired" } });
  });

  it("accepts a submit that arrives within the grace minute, then refuses joining, saving and changing; what was sent stays", async () => {
    const late = await createTenant("apply-late");
    const posting = await createPostingIn(late, "PUBLISHED");
    const user = await newApplicant(late, "late");
    await saveDraftAction.runAs(user, late.slug, { campaignId: late.campaignId, data: { firstName: "Sen" } });
    await db().campaign.update({ where: { id: late.campaignId }, data: { closesAt: new Date(Date.now() - 30_000) } });
    expect(await submitApplicationAction.runAs(user, late.slug, applicationInput(late, [posting]))).toMatchObject({ ok: true });
    await db().campaign.update({ where: { id: late.campaignId }, data: { closesAt: new Date(Date.now() - 120_000) } });
    const lateUser = await createUser("too-late");
    expect(await joinAsApplicantAction.runAs(lateUser, { slug: late.slug })).toMatchObject({ ok: false, error: "campaignClosed" });
    expect(await saveDraftAction.runAs(user, late.slug, { campaignId: late.campaignId, data: { firstName: "Ändrat" } })).toMatchObject({
      ok: false,
      error: "campaignClosed",
    });
    expect(await submitApplicationAction.runAs(user, late.slug, applicationInput(late, [posting], { coverLetter: "För sent" }))).toMatchObject({
      ok: false,
      error: "campaignClosed",
    });
    const [application] = await applicationsOf(user.id);
    expect(application.coverLetter).not.toBe("För sent");
  });
});

describe("who may read a CV", () => {
  it("the applicant and the coordinator; not another applicant, nor an employer the application did not rank", async () => {
    const user = await newApplicant(t, "cv-reader");
    const sent = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings));
    const id = sent.ok ? sent.data.id : "";
    expect((await readCv(user, t.slug, id)).bytes.length).toBeGreaterThan(0);
    expect((await readCv(t.users.COORDINATOR, t.slug, id)).name).toBe("cv.pdf");
    expect((await readCv(t.users.EMPLOYER, t.slug, id)).name).toBe("cv.pdf");
    const stranger = await newApplicant(t, "cv-stranger");
    await expect(readCv(stranger, t.slug, id)).rejects.toMatchObject({ code: "notFound" });
    await expect(readCv(t.users.STEERING, t.slug, id)).rejects.toMatchObject({ code: "notFound" });
    await expect(readCv(other.users.COORDINATOR, t.slug, id)).rejects.toMatchObject({ code: "notFound" });
    await expect(readCv(null, t.slug, id)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("the applicant's own data", () => {
  it("exports everything about the person and nothing about anyone else", async () => {
    const user = await newApplicant(t, "exporter");
    await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings, { firstName: "Export" }));
    const data = await withTenant(t.id, user.id, (tx) => exportMyData(tx, t.id, user.id));
    expect(data.account?.email).toBe(user.email);
    expect(data.profile).toMatchObject({ firstName: "Export", email: user.email });
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0].history.map((h) => h.action)).toEqual(["application.submit"]);
    expect(JSON.stringify(data)).not.toContain("Sara");
  });

  it("deletes the account, the application and the stored CV on request", async () => {
    const user = await newApplicant(t, "eraser");
    await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings));
    const [application] = await applicationsOf(user.id);
    expect(await deleteMyDataAction.runAs(user, t.slug, { confirm: true })).toMatchObject({ ok: true, data: { accountDeleted: true } });
    expect(await db().application.count({ where: { id: application.id } })).toBe(0);
    expect(await db().applicant.count({ where: { id: application.applicantId } })).toBe(0);
    expect(await db().user.count({ where: { id: user.id } })).toBe(0);
    expect(await db().outboxEmail.count({ where: { to: user.email, consortiumId: t.id } })).toBe(0);
    expect(existsSync(storedFile(application.cvFileKey!))).toBe(false);
  });
});

describe("offer and hire", () => {
  it("an accepted offer makes a trainee with a first placement and one billable hire", async () => {
    const user = await newApplicant(t, "hire");
    const sent = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, postings));
    const applicationId = sent.ok ? sent.data.id : "";
    const early = await makeOfferAction.runAs(t.users.COORDINATOR, t.slug, { applicationId, postingId: postings[0], startDate: "2027-09-01" });
    expect(early).toMatchObject({ ok: false, error: "stageLocked" });
    await db().application.update({ where: { id: applicationId }, data: { stage: "INTERVIEW" } });
    // Two offers sent at once (a double click, two coordinators): one is made, the other refused.
    const input = { applicationId, postingId: postings[0], startDate: "2027-09-01", message: "Välkommen!" };
    const both = await Promise.all([makeOfferAction.runAs(t.users.COORDINATOR, t.slug, input), makeOfferAction.runAs(t.users.COORDINATOR, t.slug, input)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().offer.count({ where: { applicationId } })).toBe(1);
    const offer = both.find((r) => r.ok)!;
    const offerId = offer.ok ? offer.data.id : "";
    expect(await makeOfferAction.runAs(t.users.COORDINATOR, t.slug, { applicationId, postingId: postings[1], startDate: "2027-09-01" })).toMatchObject({
      ok: false,
      error: "stageLocked",
    });
    const intruder = await newApplicant(t, "intruder");
    expect(await respondToOfferAction.runAs(intruder, t.slug, { offerId, accept: true })).toMatchObject({ ok: false, error: "notFound" });
    expect(await respondToOfferAction.runAs(user, t.slug, { offerId, accept: true })).toMatchObject({ ok: true, data: { stage: "HIRED" } });
    // The person is a trainee now: their membership changed role, so answering again is not theirs to do.
    expect(await respondToOfferAction.runAs(user, t.slug, { offerId, accept: true })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db().membership.findFirstOrThrow({ where: { consortiumId: t.id, userId: user.id } })).toMatchObject({ role: "TRAINEE" });
    const trainee = await db().trainee.findFirstOrThrow({ where: { userId: user.id }, include: { placements: true, checkIns: { orderBy: { dueDate: "asc" } } } });
    // The cohort's schedule (1, 6 and 12 months, then the end; the 12-month one falls on the end and is dropped).
    expect(trainee.checkIns.map((c) => [c.monthOffset, c.dueDate.toISOString().slice(0, 10)])).toEqual([
      [1, "2027-10-01"],
      [6, "2028-03-01"],
      [null, "2028-08-31"],
    ]);
    expect(trainee.placements).toHaveLength(1);
    expect(trainee.placements[0].employerId).toBe(t.employerId);
    expect(trainee.placements[0].startDate.toISOString().slice(0, 10)).toBe("2027-09-01");
    expect(trainee.placements[0].endDate.toISOString().slice(0, 10)).toBe("2028-08-31");
    expect(await db().billableEvent.count({ where: { traineeId: trainee.id, kind: "TRAINEE_HIRED" } })).toBe(1);
    const kinds = (await db().outboxEmail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } })).map((m) => m.subject);
    expect(kinds).toHaveLength(3);
  });
});
