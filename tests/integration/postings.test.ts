import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import {
  approvePostingAction,
  closePostingAction,
  createPostingAction,
  returnPostingAction,
  submitPostingAction,
  updatePostingAction,
} from "@/lib/postings/actions";
import { syncPostingSchedule } from "@/lib/postings/schedule";
import { postingFields } from "../support/authorization";
import { addMember, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("postings");
});

const posting = (id: string) => systemDb().posting.findUniqueOrThrow({ where: { id } });
const billed = (id: string) => systemDb().billableEvent.count({ where: { postingId: id, kind: "POSTING_PUBLISHED" } });

describe("posting lifecycle", () => {
  it("an employer drafts for its own employer whatever it names, submits, is returned, fixes, and the coordinator approves into publication", async () => {
    const other = await systemDb().employer.create({
      data: { consortiumId: t.id, name: "Other AB", orgNumber: "556000-0001", sector: "PRIVATE", sizeBand: "UNDER_10", municipality: "Sunne", memberSince: new Date("2024-01-01") },
    });
    const created = await createPostingAction.runAs(t.users.EMPLOYER, t.slug, { ...postingFields(), campaignId: t.campaignId, employerId: other.id });
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    expect(await posting(id)).toMatchObject({ status: "DRAFT", employerId: t.employerId, createdById: t.users.EMPLOYER.id });

    expect((await submitPostingAction.runAs(t.users.EMPLOYER, t.slug, { id })).ok).toBe(true);
    expect(await updatePostingAction.runAs(t.users.EMPLOYER, t.slug, { ...postingFields(), id })).toMatchObject({ ok: false, error: "postingLocked" });
    expect((await returnPostingAction.runAs(t.users.COORDINATOR, t.slug, { id, comment: "Beskriv handledningen." })).ok).toBe(true);
    expect(await posting(id)).toMatchObject({ status: "RETURNED", reviewComment: "Beskriv handledningen." });
    // Each side hears of its turn, in the consortium's language, with a link to the posting.
    const toCoordinator = await systemDb().outboxEmail.findFirstOrThrow({ where: { to: t.users.COORDINATOR.email, template: "posting" } });
    expect(toCoordinator).toMatchObject({ locale: "sv", consortiumId: t.id });
    expect(toCoordinator.subject).toContain("Att granska");
    expect(toCoordinator.text).toContain(`/sv/c/${t.slug}/postings/${id}`);
    const toEmployer = await systemDb().outboxEmail.findFirstOrThrow({ where: { to: t.users.EMPLOYER.email, template: "posting" } });
    expect(toEmployer.subject).toContain("Returnerad");
    expect(toEmployer.text).toContain("Beskriv handledningen.");
    expect(await systemDb().outboxEmail.count({ where: { to: t.users.STEERING.email } })).toBe(0);

    expect((await updatePostingAction.runAs(t.users.EMPLOYER, t.slug, { ...postingFields(), title: "Trainee med handledning", id })).ok).toBe(true);
    expect((await submitPostingAction.runAs(t.users.EMPLOYER, t.slug, { id })).ok).toBe(true);
    expect(await approvePostingAction.runAs(t.users.COORDINATOR, t.slug, { id })).toEqual({ ok: true, data: { status: "PUBLISHED" } });
    expect(await posting(id)).toMatchObject({ status: "PUBLISHED", title: "Trainee med handledning", reviewComment: null });
    expect(await billed(id)).toBe(1);

    // A second approval (double click, second tab) changes nothing and bills nothing more.
    expect(await approvePostingAction.runAs(t.users.COORDINATOR, t.slug, { id })).toMatchObject({ ok: false, error: "postingLocked" });
    expect(await billed(id)).toBe(1);
    const audit = await systemDb().auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["posting.create", "posting.submit", "posting.return", "posting.update", "posting.submit", "posting.approve"]);
  });

  it("lets a coordinator post for a member, and requires naming it", async () => {
    const missing = await createPostingAction.runAs(t.users.COORDINATOR, t.slug, { ...postingFields(), campaignId: t.campaignId });
    expect(missing).toMatchObject({ ok: false, error: "validation", fieldErrors: { employerId: "validation.employerRequired" } });
    const made = await createPostingAction.runAs(t.users.COORDINATOR, t.slug, { ...postingFields(), campaignId: t.campaignId, employerId: t.employerId });
    expect(made.ok).toBe(true);
  });

  it("keeps an employer contact away from another member's posting in the same consortium", async () => {
    const otherContact = await addMember(t.id, "EMPLOYER", null, "postings-x");
    const employer = await systemDb().employer.create({
      data: { consortiumId: t.id, name: "Third AB", orgNumber: "556000-0002", sector: "PRIVATE", sizeBand: "UNDER_10", municipality: "Torsby", memberSince: new Date("2024-01-01") },
    });
    await systemDb().membership.updateMany({ where: { userId: otherContact.id }, data: { employerId: employer.id } });
    const id = await createPostingIn(t, "DRAFT");
    expect(await submitPostingAction.runAs(otherContact, t.slug, { id })).toMatchObject({ ok: false, error: "notFound" });
    expect(await posting(id)).toMatchObject({ status: "DRAFT" });
  });

  it("rejects bad input with field keys and keeps nothing", async () => {
    const before = await systemDb().posting.count({ where: { consortiumId: t.id } });
    const result = await createPostingAction.runAs(t.users.EMPLOYER, t.slug, { ...postingFields(), title: "", places: 0, campaignId: t.campaignId });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { title: "validation.required", places: "validation.tooSmall" } });
    expect(await systemDb().posting.count({ where: { consortiumId: t.id } })).toBe(before);
  });
});

describe("posting calendar", () => {
  it("publishes approved postings when the campaign opens, once, and closes them at the deadline", async () => {
    const s = await createTenant("calendar");
    const opensAt = new Date(Date.now() + 7 * 86_400_000);
    await systemDb().campaign.update({ where: { id: s.campaignId }, data: { opensAt } });
    const id = await createPostingIn(s, "SUBMITTED");
    expect(await approvePostingAction.runAs(s.users.COORDINATOR, s.slug, { id })).toEqual({ ok: true, data: { status: "APPROVED" } });
    expect(await billed(id)).toBe(0);

    const afterOpening = new Date(opensAt.getTime() + 1000);
    await syncPostingSchedule({ now: afterOpening, consortiumId: s.id });
    await syncPostingSchedule({ now: afterOpening, consortiumId: s.id });
    expect(await posting(id)).toMatchObject({ status: "PUBLISHED" });
    expect(await billed(id)).toBe(1);

    const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: s.campaignId } });
    await syncPostingSchedule({ now: new Date(campaign.closesAt.getTime() + 1000), consortiumId: s.id });
    expect(await posting(id)).toMatchObject({ status: "CLOSED", closedAt: campaign.closesAt });
  });

  it("closes a published posting by hand", async () => {
    const id = await createPostingIn(t, "PUBLISHED");
    expect((await closePostingAction.runAs(t.users.COORDINATOR, t.slug, { id })).ok).toBe(true);
    expect(await posting(id)).toMatchObject({ status: "CLOSED" });
  });
});
