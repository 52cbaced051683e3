import { beforeAll, describe, expect, it } from "vitest";
import { saveDraftAction, submitApplicationAction } from "@/lib/applications/actions";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { formValuesOf, getApplyPage } from "@/lib/applications/service";
import { applicationInput, newApplicant } from "../support/applications";
import { listPostingIn } from "../support/applicant-lists";
import { createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

// What the application form asks for a Norwegian public employer's posting (decision 0050), as
// the server checks and stores it; a Swedish consortium never asks.

const DETAILS = { birthYear: "1999", currentPosition: "Masterstudent", homeMunicipality: "Hamar", workExperience: "Sommerjobb i kommunen." };
let no: TenantFixture;
let se: TenantFixture;
let privateEmployer: string;

beforeAll(async () => {
  [no, se] = await Promise.all([createTenant("lists-apply-no", { norway: true }), createTenant("lists-apply-se")]);
  const employer = await systemDb().employer.create({
    data: { consortiumId: no.id, name: "Mjøsdata AS", orgNumber: "987654321", sector: "PRIVATE", municipality: "Hamar", memberSince: new Date("2025-01-01") },
  });
  privateEmployer = employer.id;
  await systemDb().employer.update({ where: { id: se.employerId }, data: { sector: "PUBLIC" } });
});

const requestsOf = (applicationId: string) => systemDb().listExemption.findMany({ where: { applicationId }, orderBy: { postingId: "asc" } });

describe("applying to a Norwegian public employer's posting", () => {
  it("refuses an application without what the list needs, each on its field, and a request without a reason", async () => {
    const person = await newApplicant(no, "lists-missing");
    const posting = await listPostingIn(no);
    const missing = await submitApplicationAction.runAs(person, no.slug, applicationInput(no, [posting], { listExemption: true }));
    expect(missing).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: {
        birthYear: "applicantLists.validation.birthYearRequired",
        currentPosition: "applicantLists.validation.currentPositionRequired",
        homeMunicipality: "applicantLists.validation.homeMunicipalityRequired",
        listExemptionReason: "applicantLists.validation.reasonRequired",
      },
    });
    const young = await submitApplicationAction.runAs(person, no.slug, applicationInput(no, [posting], { ...DETAILS, birthYear: "2021" }));
    expect(young).toMatchObject({ ok: false, fieldErrors: { birthYear: "applicantLists.validation.birthYearRange" } });
    expect(await systemDb().application.count({ where: { consortiumId: no.id, applicant: { userId: person.id } } })).toBe(0);
  });

  it("stores the details and one request per ranked public posting, none for a private one", async () => {
    const person = await newApplicant(no, "lists-ask");
    const [first, second] = [await listPostingIn(no), await listPostingIn(no)];
    const privatePosting = await listPostingIn(no, no.campaignId, privateEmployer);
    const input = applicationInput(no, [first, privatePosting, second], { ...DETAILS, listExemption: true, listExemptionReason: "Fast jobb i dag." });
    const sent = await submitApplicationAction.runAs(person, no.slug, input);
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const requests = await requestsOf(sent.data.id);
    expect(requests.map((r) => r.postingId).sort()).toEqual([first, second].sort());
    expect(requests.every((r) => r.status === "PENDING" && r.reason === "Fast jobb i dag.")).toBe(true);
    const applicant = await systemDb().applicant.findFirstOrThrow({ where: { consortiumId: no.id, userId: person.id } });
    expect(applicant).toMatchObject({ birthYear: 1999, currentPosition: "Masterstudent", homeMunicipality: "Hamar", workExperience: "Sommerjobb i kommunen." });
    expect(await systemDb().auditEvent.count({ where: { targetId: sent.data.id, action: "listExemption.request" } })).toBe(1);

    // The form opens again with the details and the request ticked.
    const page = await withTenant(no.id, person.id, async (tx) => formValuesOf((await getApplyPage(tx, no.id, person.id))!));
    expect(page.values).toMatchObject({ birthYear: "1999", homeMunicipality: "Hamar", listExemption: true, listExemptionReason: "Fast jobb i dag." });

    // Changing the ranking drops the undecided request of the posting left out; a decided one stays.
    await systemDb().listExemption.updateMany({ where: { applicationId: sent.data.id, postingId: first }, data: { status: "GRANTED", decisionNote: "Ok" } });
    const changed = await submitApplicationAction.runAs(person, no.slug, { ...input, preferences: [privatePosting, first] });
    expect(changed.ok).toBe(true);
    expect((await requestsOf(sent.data.id)).map((r) => [r.postingId, r.status])).toEqual([[first, "GRANTED"]]);

    // Ranking only the private posting: no list, so no details kept and no undecided request.
    expect((await submitApplicationAction.runAs(person, no.slug, { ...input, preferences: [privatePosting] })).ok).toBe(true);
    const after = await systemDb().applicant.findFirstOrThrow({ where: { id: applicant.id } });
    expect(after).toMatchObject({ birthYear: null, currentPosition: null, homeMunicipality: null, workExperience: null });
  });

  it("keeps the list's fields in a draft as typed", async () => {
    const person = await newApplicant(no, "lists-draft");
    const saved = await saveDraftAction.runAs(person, no.slug, { campaignId: no.campaignId, data: { birthYear: "19", listExemption: true, listExemptionReason: "x".repeat(50) } });
    expect(saved.ok).toBe(true);
    const draft = await systemDb().applicationDraft.findFirstOrThrow({ where: { campaignId: no.campaignId, userId: person.id } });
    expect(draft.data).toMatchObject({ birthYear: "19", listExemption: true });
  });
});

describe("applying in a Swedish consortium", () => {
  it("never asks for the list or stores a request, even for a public employer's posting", async () => {
    const person = await newApplicant(se, "lists-se");
    const posting = await createPostingIn(se, "PUBLISHED");
    const sent = await submitApplicationAction.runAs(person, se.slug, applicationInput(se, [posting], { listExemption: true, listExemptionReason: "Skäl", birthYear: "1998" }));
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    expect(await requestsOf(sent.data.id)).toEqual([]);
    const applicant = await systemDb().applicant.findFirstOrThrow({ where: { consortiumId: se.id, userId: person.id } });
    expect(applicant.birthYear).toBeNull();
  });
});
