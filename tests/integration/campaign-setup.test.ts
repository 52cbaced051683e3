import { beforeAll, describe, expect, it } from "vitest";
import { submitApplicationAction } from "@/lib/applications/actions";
import { updateCriteriaAction, updateEmailTemplatesAction, updateQuestionsAction } from "@/lib/campaigns/actions";
import { systemDb } from "@/lib/db/client";
import { inviteToInterviewAction } from "@/lib/interviews/actions";
import { applicationInput, newApplicant } from "../support/applications";
import { createApplicationIn, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("setup");
});

const db = () => systemDb();
const label = (en: string, nb = en) => ({ sv: en, nb, en });
const campaign = () => db().campaign.findUniqueOrThrow({ where: { id: t.campaignId } });
const inEveryLanguage = (subject: string, body: string) => ({ sv: { subject, body }, nb: { subject, body }, en: { subject, body } });
const setTemplates = (templates: Record<string, unknown>) => updateEmailTemplatesAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId, templates });

describe("campaign set-up", () => {
  it("gives criteria keys once and keeps them when labels change, so given scores still match", async () => {
    const run = (rows: unknown[]) => updateCriteriaAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId, rows });
    expect(await run([{ label: label("Motivation") }, { label: label("Språk") }])).toMatchObject({ ok: true, data: { keys: ["motivation", "sprak"] } });
    const edited = await run([{ key: "sprak", label: label("Languages", "Språkkunnskaper") }, { key: "", label: label("Motivation") }, { label: label("Team work") }]);
    expect(edited).toMatchObject({ ok: true, data: { keys: ["sprak", "motivation", "team-work"] } });
    expect((await campaign()).ratingCriteria).toEqual([
      { key: "sprak", label: label("Languages", "Språkkunnskaper") },
      { key: "motivation", label: label("Motivation") },
      { key: "team-work", label: label("Team work") },
    ]);
    expect(await run([])).toMatchObject({ ok: false, error: "validation", fieldErrors: { rows: "validation.tooSmall" } });
    expect(await run([{ label: { sv: "A", nb: "", en: "A" } }])).toMatchObject({ ok: false, fieldErrors: { "rows.0.label.nb": "validation.required" } });
    const audit = await db().auditEvent.findFirst({ where: { consortiumId: t.id, action: "campaign.criteria" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ targetId: t.campaignId, actorUserId: t.users.COORDINATOR.id });
  });

  it("stores up to five questions with their required flag", async () => {
    const run = (rows: unknown[]) => updateQuestionsAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId, rows });
    expect(await run([{ label: label("Why Värmland?"), required: true }])).toMatchObject({ ok: true, data: { keys: ["why-varmland"] } });
    expect((await campaign()).extraQuestions).toEqual([{ key: "why-varmland", label: label("Why Värmland?"), required: true }]);
    expect(await run(Array.from({ length: 6 }, (_, i) => ({ label: label(`Q${i}`), required: false })))).toMatchObject({ ok: false, fieldErrors: { rows: "validation.tooBig" } });
    expect(await run([])).toMatchObject({ ok: true, data: { keys: [] } });
  });

  it("refuses half a template and placeholders the email has no value for; empty means the default", async () => {
    expect(await setTemplates({ received: { nb: { subject: "Takk", body: "" } } })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { "templates.received.nb.body": "validation.subjectAndBody" },
    });
    expect(await setTemplates({ offer: { en: { subject: "Offer before {deadline}", body: "Hi {name}" } } })).toMatchObject({
      ok: false,
      fieldErrors: { "templates.offer.en.subject": "validation.unknownPlaceholder" },
    });
    expect(await setTemplates({ received: { nb: { subject: "", body: "" }, en: { subject: "Thanks", body: "Got it" } } })).toMatchObject({ ok: true });
    expect((await campaign()).emailTemplates).toEqual({ received: { en: { subject: "Thanks", body: "Got it" } } });
  });

  it("sends the campaign's own wording: the confirmation after a submission and the interview invitation", async () => {
    await setTemplates({
      received: inEveryLanguage("Welcome {name} to {cohort}", "Dear {name},\n\nWe answer before {deadline}. {consortium}"),
      interviewInvited: inEveryLanguage("Interview at {consortium}", "Pick a time, {name}."),
    });
    const user = await newApplicant(t, "custom-wording");
    const posting = await createPostingIn(t, "PUBLISHED");
    expect(await submitApplicationAction.runAs(user, t.slug, { ...applicationInput(t, [posting]), locale: "en" })).toMatchObject({ ok: true });
    const [received] = await db().outboxEmail.findMany({ where: { to: user.email } });
    expect(received.subject).toBe("Welcome Sara to 2027/28");
    expect(received.text).toContain("Dear Sara,");
    expect(received.text).not.toContain("{deadline}");

    const applicationId = await createApplicationIn(t, "SHORTLISTED");
    const { applicant } = await db().application.findUniqueOrThrow({ where: { id: applicationId }, include: { applicant: true } });
    expect(await inviteToInterviewAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId, applicationIds: [applicationId] })).toMatchObject({ ok: true });
    const [invited] = await db().outboxEmail.findMany({ where: { to: applicant.email } });
    expect(invited.subject).toBe("Interview at Test setup");
    expect(invited.text).toContain(`Pick a time, ${applicant.firstName}.`);
  });
});
