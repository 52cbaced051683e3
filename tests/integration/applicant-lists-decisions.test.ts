import { beforeAll, describe, expect, it } from "vitest";
import { decideExemptionAction, keepOnListAction, withdrawFromPostingAction } from "@/lib/applicant-lists/actions";
import { getListPosting, listListPostings } from "@/lib/applicant-lists/lists";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { addExemption, addListApplicant, listPostingIn, refusedOpen } from "../support/applicant-lists";
import { addMember, createTenant, type TenantFixture } from "../support/fixtures";

// Deciding requests to be left off a public list, and the applicant's answer to a refusal
// (offentleglova § 25: the applicant is told before publication and may withdraw).

let t: TenantFixture;
let otherPublic: string;

beforeAll(async () => {
  t = await createTenant("lists-decide", { norway: true });
  const employer = await systemDb().employer.create({
    data: { consortiumId: t.id, name: "Innlandet fylkeskommune", orgNumber: "123456789", sector: "PUBLIC", municipality: "Hamar", memberSince: new Date("2025-01-01") },
  });
  otherPublic = employer.id;
});

async function pending(employerId = t.employerId) {
  const postingId = await listPostingIn(t, t.campaignId, employerId);
  const { applicationId, applicantId } = await addListApplicant(t, [postingId], { firstName: "Ola" });
  return { postingId, applicationId, applicantId, exemptionId: await addExemption(t, applicationId, postingId) };
}

describe("deciding a request", () => {
  it("refuses with a note: the applicant is mailed the note and a week to withdraw, and it is audited", async () => {
    const { exemptionId, applicationId } = await pending();
    const before = Date.now();
    const result = await decideExemptionAction.runAs(t.users.EMPLOYER, t.slug, { exemptionId, decision: "REFUSE", note: "Stillingen har særlig offentlig interesse." });
    expect(result).toMatchObject({ ok: true, data: { status: "REFUSED" } });
    const decided = await systemDb().listExemption.findUniqueOrThrow({ where: { id: exemptionId } });
    expect(decided).toMatchObject({ status: "REFUSED", decisionNote: "Stillingen har særlig offentlig interesse.", decidedById: t.users.EMPLOYER.id });
    const days = (decided.withdrawBy!.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThan(8.1);
    const mail = await systemDb().outboxEmail.findFirstOrThrow({ where: { applicationId, template: "applicant-list" } });
    expect(mail.subject).toContain("avslått");
    expect(mail.text).toContain("Stillingen har særlig offentlig interesse.");
    expect(mail.text).toContain(`/nb/c/${t.slug}/me#applicant-lists`);
    expect(await systemDb().auditEvent.count({ where: { targetId: applicationId, action: "listExemption.refuse", actorUserId: t.users.EMPLOYER.id } })).toBe(1);
    // Decided once: a second decision is refused, whoever makes it.
    const again = await decideExemptionAction.runAs(t.users.COORDINATOR, t.slug, { exemptionId, decision: "GRANT", note: "Likevel." });
    expect(again).toMatchObject({ ok: false, error: "exemptionDecided" });
  });

  it("grants with a note, and asks for the note and the decision first", async () => {
    const { exemptionId, applicationId } = await pending();
    const empty = await decideExemptionAction.runAs(t.users.COORDINATOR, t.slug, { exemptionId, decision: "", note: " " });
    expect(empty).toMatchObject({ ok: false, error: "validation", fieldErrors: { decision: "applicantLists.validation.decision", note: "applicantLists.validation.noteRequired" } });
    expect(await decideExemptionAction.runAs(t.users.COORDINATOR, t.slug, { exemptionId, decision: "GRANT", note: "Ingen særlig offentlig interesse." })).toMatchObject({ ok: true });
    expect((await systemDb().listExemption.findUniqueOrThrow({ where: { id: exemptionId } })).withdrawBy).toBeNull();
    expect((await systemDb().outboxEmail.findFirstOrThrow({ where: { applicationId, template: "applicant-list" } })).subject).toContain("innvilget");
  });

  it("lets an employer contact decide only its own employer's requests, and nobody a private posting's", async () => {
    const foreignEmployer = await pending(otherPublic);
    const own = await pending();
    // Its pages list and open only its own employer's postings.
    const contact = { consortium: { id: t.id, slug: t.slug, name: "", country: "NO" as const, timeZone: "Europe/Oslo", defaultLocale: "nb" as const }, userId: t.users.EMPLOYER.id, ownEmployerId: t.employerId };
    const listed = await withTenant(t.id, null, (tx) => listListPostings(tx, contact));
    expect(listed.map((p) => p.id)).toContain(own.postingId);
    expect(listed.map((p) => p.id)).not.toContain(foreignEmployer.postingId);
    await expect(withTenant(t.id, null, (tx) => getListPosting(tx, contact, foreignEmployer.postingId))).rejects.toMatchObject({ code: "notFound" });
    expect(await decideExemptionAction.runAs(t.users.EMPLOYER, t.slug, { exemptionId: foreignEmployer.exemptionId, decision: "GRANT", note: "x" })).toMatchObject({ ok: false, error: "notFound" });
    await systemDb().employer.update({ where: { id: otherPublic }, data: { sector: "PRIVATE" } });
    try {
      expect(await decideExemptionAction.runAs(t.users.COORDINATOR, t.slug, { exemptionId: foreignEmployer.exemptionId, decision: "GRANT", note: "x" })).toMatchObject({ ok: false, error: "notFound" });
    } finally {
      await systemDb().employer.update({ where: { id: otherPublic }, data: { sector: "PUBLIC" } });
    }
    expect((await systemDb().listExemption.findUniqueOrThrow({ where: { id: foreignEmployer.exemptionId } })).status).toBe("PENDING");
  });
});

describe("answering a refusal", () => {
  async function refusedFor(postings: number) {
    const user = await addMember(t.id, "APPLICANT", null, "answer");
    const ids = await Promise.all(Array.from({ length: postings }, () => listPostingIn(t)));
    const { applicationId } = await addListApplicant(t, ids, { userId: user.id, email: user.email });
    return { user, ids, applicationId, exemptionId: await addExemption(t, applicationId, ids[0], refusedOpen()) };
  }

  it("withdrawing takes that posting out of the ranking and moves the rest up", async () => {
    const { user, ids, applicationId, exemptionId } = await refusedFor(3);
    expect(await withdrawFromPostingAction.runAs(user, t.slug, { exemptionId })).toMatchObject({ ok: true, data: { answer: "WITHDREW" } });
    const ranking = await systemDb().applicationPreference.findMany({ where: { applicationId }, orderBy: { rank: "asc" } });
    expect(ranking.map((p) => [p.rank, p.postingId])).toEqual([[1, ids[1]], [2, ids[2]]]);
    expect((await systemDb().application.findUniqueOrThrow({ where: { id: applicationId } })).stage).toBe("SUBMITTED");
    expect(await systemDb().auditEvent.count({ where: { targetId: applicationId, action: "listExemption.withdrew" } })).toBe(1);
    expect(await withdrawFromPostingAction.runAs(user, t.slug, { exemptionId })).toMatchObject({ ok: false, error: "withdrawClosed" });
  });

  it("withdrawing from the only posting withdraws the application", async () => {
    const { user, applicationId, exemptionId } = await refusedFor(1);
    expect(await withdrawFromPostingAction.runAs(user, t.slug, { exemptionId })).toMatchObject({ ok: true });
    expect((await systemDb().application.findUniqueOrThrow({ where: { id: applicationId } })).stage).toBe("WITHDRAWN");
  });

  it("staying on the list is recorded; after the date nothing can be answered; another's refusal is not found", async () => {
    const { user, exemptionId } = await refusedFor(2);
    const stranger = await refusedFor(1);
    expect(await keepOnListAction.runAs(stranger.user, t.slug, { exemptionId })).toMatchObject({ ok: false, error: "notFound" });
    expect(await keepOnListAction.runAs(user, t.slug, { exemptionId })).toMatchObject({ ok: true, data: { answer: "KEPT" } });
    await systemDb().listExemption.update({ where: { id: stranger.exemptionId }, data: { withdrawBy: new Date(Date.now() - 1000) } });
    expect(await withdrawFromPostingAction.runAs(stranger.user, t.slug, { exemptionId: stranger.exemptionId })).toMatchObject({ ok: false, error: "withdrawClosed" });
  });
});
