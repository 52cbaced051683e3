import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { prepareBulkEmailAction, previewBulkEmailAction, sendBulkEmailAction } from "@/lib/review/actions";
import { createApplicationIn, createTenant, createUser, type TenantFixture } from "../support/fixtures";

// Mail from the review table: start from the template, edit it per language, preview one, send.
let t: TenantFixture;
let other: TenantFixture;
let ids: Record<"first" | "english" | "second" | "draft", string>;
const db = () => systemDb();
const emailOf = async (applicationId: string) =>
  (await db().application.findUniqueOrThrow({ where: { id: applicationId }, include: { applicant: true } })).applicant.email;
const coordinator = () => t.users.COORDINATOR;

beforeAll(async () => {
  t = await createTenant("mail");
  other = await createTenant("mail-other");
  ids = {
    first: await createApplicationIn(t, "SUBMITTED", { firstName: "Frida" }),
    english: await createApplicationIn(t, "SCREENING", { firstName: "Rut" }),
    second: await createApplicationIn(t, "SUBMITTED", { firstName: "Sven" }),
    draft: await createApplicationIn(t, "DRAFT", { firstName: "Dan" }),
  };
  const user = await createUser("mail-en");
  await db().user.update({ where: { id: user.id }, data: { locale: "en" } });
  const applicantId = (await db().application.findUniqueOrThrow({ where: { id: ids.english } })).applicantId;
  await db().applicant.update({ where: { id: applicantId }, data: { userId: user.id } });
});

describe("writing a mail to applicants", () => {
  it("starts from the template in each recipient language, the campaign's own wording first", async () => {
    await db().campaign.update({
      where: { id: t.campaignId },
      data: { emailTemplates: { moreInfo: { sv: { subject: "Komplettera, {name}", body: "Hej {name}, skicka betygen." } } } },
    });
    const prepared = await prepareBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.first, ids.english], kind: "moreInfo" });
    expect(prepared.ok && prepared.data.count).toBe(2);
    if (!prepared.ok) return;
    const byLocale = Object.fromEntries(prepared.data.languages.map((l) => [l.locale, l]));
    expect(byLocale.sv).toMatchObject({ count: 1, draft: { subject: "Komplettera, {name}" } });
    expect(byLocale.en.draft.subject).toBe("We need more information – {consortium}");
    expect(prepared.data.placeholders).toContain("details");
  });

  it("shows one recipient's mail as it will be sent, and sends nothing doing so", async () => {
    const before = await db().outboxEmail.count({ where: { consortiumId: t.id } });
    const preview = await previewBulkEmailAction.runAs(coordinator(), t.slug, {
      applicationIds: [ids.english, ids.first],
      kind: "update",
      drafts: { en: { subject: "Hello {name}", body: "You are at {stage} in {cohort}." }, sv: { subject: "Hej {name}", body: "Steg {stage}." } },
    });
    expect(preview).toMatchObject({ ok: true, data: { to: await emailOf(ids.english), locale: "en", subject: "Hello Rut" } });
    expect(preview.ok && preview.data.text).toContain("You are at Screening in 2027/28.");
    expect(await db().outboxEmail.count({ where: { consortiumId: t.id } })).toBe(before);
  });

  it("sends the edited text in each language, linked to the application, and audits the subject", async () => {
    const result = await sendBulkEmailAction.runAs(coordinator(), t.slug, {
      applicationIds: [ids.first, ids.english, ids.first],
      kind: "update",
      drafts: { sv: { subject: "Nytt läge, {name}", body: "Du är nu i steget {stage}." }, en: { subject: "News, {name}", body: "You are now at {stage}." } },
    });
    expect(result).toEqual({ ok: true, data: { sent: 2 } });
    const [swedish] = await db().outboxEmail.findMany({ where: { consortiumId: t.id, to: await emailOf(ids.first) } });
    expect(swedish).toMatchObject({ locale: "sv", subject: "Nytt läge, Frida", applicationId: ids.first });
    expect(swedish.text).toContain("Du är nu i steget Skickad.");
    const [english] = await db().outboxEmail.findMany({ where: { consortiumId: t.id, to: await emailOf(ids.english) } });
    expect(english).toMatchObject({ locale: "en", subject: "News, Rut", applicationId: ids.english });
    const audit = await db().auditEvent.findMany({ where: { consortiumId: t.id, action: "application.emailed" } });
    expect(audit.map((a) => [a.targetId, a.data]).sort()).toEqual(
      [
        [ids.first, { kind: "update", subject: "Nytt läge, Frida" }],
        [ids.english, { kind: "update", subject: "News, Rut" }],
      ].sort(),
    );
  });

  it("requires saying what information is needed, and puts it in the mail", async () => {
    const draft = { sv: { subject: "Komplettera, {name}", body: "Hej {name}, vi behöver mer." } };
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.second], kind: "moreInfo", drafts: draft })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { details: "validation.moreInfoDetails" },
    });
    const sent = await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.second], kind: "moreInfo", drafts: draft, details: "Ditt examensbevis." });
    expect(sent).toMatchObject({ ok: true });
    const [mail] = await db().outboxEmail.findMany({ where: { consortiumId: t.id, to: await emailOf(ids.second) } });
    expect(mail.subject).toBe("Komplettera, Sven");
    expect(mail.text).toContain("Ditt examensbevis.");
  });

  it("refuses placeholders the mail has no value for, and a language without wording", async () => {
    expect(
      await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.first], kind: "update", drafts: { sv: { subject: "Hej {salary}", body: "x" } } }),
    ).toMatchObject({ ok: false, error: "validation", fieldErrors: { "drafts.sv.subject": "validation.unknownPlaceholder" } });
    expect(
      await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.english], kind: "update", drafts: { sv: { subject: "Hej", body: "x" } } }),
    ).toMatchObject({ ok: false, error: "validation" });
  });

  it("sends nothing when an id is another consortium's or a draft, or the matching list changed", async () => {
    const before = await db().outboxEmail.count({ where: { consortiumId: { in: [t.id, other.id] } } });
    const foreign = await createApplicationIn(other);
    const drafts = { sv: { subject: "Hej", body: "Hej {name}." }, en: { subject: "Hi", body: "Hi {name}." } };
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.first, foreign], kind: "shortlisted", drafts })).toMatchObject({ ok: false, error: "notFound" });
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.first, ids.draft], kind: "shortlisted", drafts })).toMatchObject({ ok: false, error: "notSubmitted" });
    const match = { query: { campaign: t.campaignId, stage: "SUBMITTED" }, count: 5 };
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { match, kind: "shortlisted", drafts })).toMatchObject({ ok: false, error: "selectionChanged" });
    // Another consortium's campaign in the filter is not found here.
    const theirs = { query: { campaign: other.campaignId }, count: 1 };
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { match: theirs, kind: "shortlisted", drafts })).toMatchObject({ ok: false, error: "notFound" });
    expect(await db().outboxEmail.count({ where: { consortiumId: { in: [t.id, other.id] } } })).toBe(before);
  });

  it("sends to all applications matching a filter when the count is the one confirmed", async () => {
    const drafts = { sv: { subject: "Vidare, {name}", body: "Grattis {name}." }, en: { subject: "Through, {name}", body: "Well done." } };
    const result = await sendBulkEmailAction.runAs(coordinator(), t.slug, { match: { query: { campaign: t.campaignId, stage: "SUBMITTED" }, count: 2 }, kind: "shortlisted", drafts });
    expect(result).toEqual({ ok: true, data: { sent: 2 } });
    expect(await db().outboxEmail.count({ where: { consortiumId: t.id, subject: { startsWith: "Vidare, " } } })).toBe(2);
  });

  it("refuses more than 500 ticked applications and kinds that are not for bulk mail", async () => {
    const many = Array.from({ length: 501 }, (_, i) => `id${i}`);
    const drafts = { sv: { subject: "x", body: "y" } };
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: many, kind: "update", drafts })).toMatchObject({ ok: false, error: "validation" });
    expect(await sendBulkEmailAction.runAs(coordinator(), t.slug, { applicationIds: [ids.first], kind: "offer", drafts })).toMatchObject({ ok: false, error: "validation" });
  });
});
