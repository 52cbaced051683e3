import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import type { ApplicationStage } from "@/lib/db/generated/enums";
import { withTenant } from "@/lib/db/tenant";
import { eraseApplicant } from "@/lib/retention/erase";
import { eraseExpiredApplicants } from "@/lib/retention/job";
import { addMonths } from "@/lib/retention/rules";
import { deleteFiles, fileStore, newFileKey } from "@/lib/storage";
import { addMember, createClosedCampaign, createTenant, type TenantFixture } from "../support/fixtures";

const DAY = 86_400_000;
const now = new Date();

/** A CV really written to the file store, as an upload leaves it. */
async function storedCv(consortiumId: string) {
  const key = newFileKey(consortiumId, "cv", "pdf");
  await fileStore().put(key, new TextEncoder().encode("%PDF-1.4 test"), "application/pdf");
  return key;
}

interface Person {
  stage?: ApplicationStage;
  campaigns: string[];
  livesInRegion?: boolean;
  talentPoolExpiresAt?: Date;
  interviewInvited?: boolean;
  withUser?: boolean;
}

/** An applicant (optionally with an account and applicant membership) with a CV in each application. */
async function applicantIn(t: TenantFixture, person: Person) {
  const user = person.withUser ? await addMember(t.id, "APPLICANT", null, "ret") : null;
  const applicant = await systemDb().applicant.create({
    data: {
      consortiumId: t.id,
      userId: user?.id,
      firstName: "Ruth",
      lastName: `Ret${randomUUID().slice(0, 4)}`,
      email: user?.email ?? `ret-${randomUUID().slice(0, 8)}@test.example`,
      educationLevel: "MASTER",
      field: "Ekonomi",
      university: "Karlstads universitet",
      graduationYear: 2026,
      ties: ["STUDIED"],
      livesInRegion: person.livesInRegion ?? true,
      processingConsentAt: now,
      talentPoolConsentAt: person.talentPoolExpiresAt ? now : null,
      talentPoolExpiresAt: person.talentPoolExpiresAt ?? null,
    },
  });
  const files: string[] = [];
  for (const campaignId of person.campaigns) {
    const cvFileKey = await storedCv(t.id);
    files.push(cvFileKey);
    const stage = person.stage ?? "REJECTED";
    await systemDb().application.create({
      data: {
        consortiumId: t.id,
        applicantId: applicant.id,
        campaignId,
        stage,
        submittedAt: stage === "DRAFT" ? null : now,
        cvFileKey,
        interviewInvitedAt: person.interviewInvited ? now : null,
      },
    });
  }
  return { id: applicant.id, userId: user?.id ?? null, files };
}

async function hire(t: TenantFixture, applicantId: string, campaignId: string) {
  const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: campaignId } });
  return systemDb().trainee.create({
    data: { consortiumId: t.id, cohortId: campaign.cohortId, applicantId, name: "Hanna Hired", email: "hanna@test.example", ties: ["GREW_UP"] },
  });
}

async function draftWithCv(t: TenantFixture, campaignId: string, userId: string) {
  const key = await storedCv(t.id);
  await systemDb().applicationDraft.create({
    data: { consortiumId: t.id, campaignId, userId, data: { firstName: "Dora", cv: { key, name: "cv.pdf", size: 13 } } },
  });
  return key;
}

const exists = async (key: string) => (await fileStore().get(key)) !== null;
const applicantExists = async (id: string) => (await systemDb().applicant.count({ where: { id } })) === 1;

let t: TenantFixture;
let other: TenantFixture;
let oldCampaign: string;
let recentCampaign: string;
let people: Record<string, Awaited<ReturnType<typeof applicantIn>>>;
let draftOnly: { userId: string; file: string };
let erasedDraftFile: string;
let otherPerson: Awaited<ReturnType<typeof applicantIn>>;
let traineeId: string;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("retention"), createTenant("retention-other")]);
  // Closed 30 months ago: past the default 24 months. The recent one closed yesterday.
  oldCampaign = await createClosedCampaign(t.id, addMonths(now, -30));
  recentCampaign = await createClosedCampaign(t.id);
  people = {
    rejected: await applicantIn(t, { campaigns: [oldCampaign], withUser: true }),
    pool: await applicantIn(t, { campaigns: [oldCampaign], talentPoolExpiresAt: new Date(now.getTime() + 30 * DAY) }),
    poolExpired: await applicantIn(t, { campaigns: [oldCampaign], talentPoolExpiresAt: new Date(now.getTime() - DAY), livesInRegion: false }),
    interviewed: await applicantIn(t, { campaigns: [oldCampaign], interviewInvited: true, livesInRegion: false }),
    hired: await applicantIn(t, { campaigns: [oldCampaign], stage: "HIRED", withUser: true }),
    twoCampaigns: await applicantIn(t, { campaigns: [oldCampaign, recentCampaign] }),
    neverSent: await applicantIn(t, { campaigns: [oldCampaign], stage: "DRAFT" }),
  };
  traineeId = (await hire(t, people.hired.id, oldCampaign)).id;
  erasedDraftFile = await draftWithCv(t, recentCampaign, people.rejected.userId!);
  const drafter = await addMember(t.id, "APPLICANT", null, "ret-draft");
  draftOnly = { userId: drafter.id, file: await draftWithCv(t, oldCampaign, drafter.id) };
  otherPerson = await applicantIn(other, { campaigns: [await createClosedCampaign(other.id, addMonths(now, -30))] });
});

describe("the retention job", () => {
  it("erases applicants past retention with their files, and keeps consent, hires and later campaigns", async () => {
    const run = await eraseExpiredApplicants({ now, consortiumId: t.id });
    expect(run).toMatchObject({ applicants: 4, drafts: 1 });

    for (const name of ["rejected", "poolExpired", "interviewed", "neverSent"]) expect(await applicantExists(people[name].id), name).toBe(false);
    for (const name of ["pool", "hired", "twoCampaigns"]) expect(await applicantExists(people[name].id), name).toBe(true);

    for (const key of [...people.rejected.files, ...people.interviewed.files, erasedDraftFile, draftOnly.file]) expect(await exists(key), key).toBe(false);
    for (const key of [...people.pool.files, ...people.hired.files]) expect(await exists(key), key).toBe(true);

    // The erased person's drafts (in any campaign) and applicant membership are gone.
    expect(await systemDb().applicationDraft.count({ where: { consortiumId: t.id, userId: people.rejected.userId! } })).toBe(0);
    expect(await systemDb().membership.count({ where: { consortiumId: t.id, userId: people.rejected.userId! } })).toBe(0);
    expect(await systemDb().applicationDraft.count({ where: { consortiumId: t.id, userId: draftOnly.userId } })).toBe(0);
  });

  it("keeps the campaign's figures from before the erasure, counted once", async () => {
    const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: oldCampaign } });
    // Sent: rejected, pool, poolExpired, interviewed, hired, twoCampaigns (the draft does not count).
    expect(campaign).toMatchObject({ applicantsTotal: 6, applicantsOutside: 2, interviewedTotal: 2, erasedAt: null });
  });

  it("writes audit events with counts and no personal data", async () => {
    const events = await systemDb().auditEvent.findMany({ where: { consortiumId: t.id, action: "applicant.erased" } });
    expect(events).toHaveLength(4);
    const text = JSON.stringify(events.map((e) => e.data));
    expect(text).not.toMatch(/Ruth|@test\.example|Ret[0-9a-f]{4}/);
    expect(events.find((e) => e.targetId === people.rejected.id)?.data).toMatchObject({ applications: 1, drafts: 1, files: 2, hired: false, membershipRemoved: true });
  });

  it("leaves the hired trainee untouched", async () => {
    const trainee = await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } });
    expect(trainee).toMatchObject({ applicantId: people.hired.id, name: "Hanna Hired", email: "hanna@test.example" });
  });

  it("does nothing more when run again", async () => {
    expect(await eraseExpiredApplicants({ now, consortiumId: t.id })).toEqual({ applicants: 0, drafts: 0, files: 0, campaigns: 0 });
  });

  it("does not touch another consortium", async () => {
    expect(await applicantExists(otherPerson.id)).toBe(true);
    expect(await exists(otherPerson.files[0])).toBe(true);
  });

  it("erases the rest once consent and the later campaign have run out, and marks the campaign erased", async () => {
    const later = addMonths(now, 25);
    const run = await eraseExpiredApplicants({ now: later, consortiumId: t.id });
    expect(run.applicants).toBe(2);
    expect(await applicantExists(people.pool.id)).toBe(false);
    expect(await applicantExists(people.twoCampaigns.id)).toBe(false);
    expect(await applicantExists(people.hired.id)).toBe(true);
    const [old, recent] = await Promise.all([
      systemDb().campaign.findUniqueOrThrow({ where: { id: oldCampaign } }),
      systemDb().campaign.findUniqueOrThrow({ where: { id: recentCampaign } }),
    ]);
    expect(old).toMatchObject({ applicantsTotal: 6, applicantsOutside: 2, interviewedTotal: 2, erasedAt: later });
    expect(recent).toMatchObject({ applicantsTotal: 1, erasedAt: later });
  });
});

describe("eraseApplicant (also used to delete one's own account)", () => {
  it("erases a hired applicant's application data but keeps the trainee and the membership", async () => {
    const files = await withTenant(t.id, null, (tx) => eraseApplicant(tx, { consortiumId: t.id, applicantId: people.hired.id }));
    expect(files).toEqual(people.hired.files);
    await deleteFiles(files);
    expect(await applicantExists(people.hired.id)).toBe(false);
    const trainee = await systemDb().trainee.findUniqueOrThrow({ where: { id: traineeId } });
    expect(trainee).toMatchObject({ applicantId: null, name: "Hanna Hired" });
    expect(await systemDb().membership.count({ where: { consortiumId: t.id, userId: people.hired.userId! } })).toBe(1);
  });

  it("fills the campaign's totals as the app role too, before the rows go", async () => {
    const campaignId = await createClosedCampaign(t.id);
    const person = await applicantIn(t, { campaigns: [campaignId], stage: "INTERVIEW", livesInRegion: false, withUser: true });
    const files = await withTenant(t.id, person.userId, (tx) => eraseApplicant(tx, { consortiumId: t.id, applicantId: person.id }));
    expect(files).toEqual(person.files);
    // The caller deletes the files once its transaction has committed.
    expect(await exists(person.files[0])).toBe(true);
    await deleteFiles(files);
    expect(await exists(person.files[0])).toBe(false);
    expect(await systemDb().campaign.findUniqueOrThrow({ where: { id: campaignId } })).toMatchObject({
      applicantsTotal: 1,
      applicantsOutside: 1,
      interviewedTotal: 1,
    });
  });

  it("cannot erase another consortium's applicant, and returns nothing for one already gone", async () => {
    expect(await withTenant(t.id, null, (tx) => eraseApplicant(tx, { consortiumId: t.id, applicantId: otherPerson.id }))).toEqual([]);
    expect(await applicantExists(otherPerson.id)).toBe(true);
    expect(await withTenant(t.id, null, (tx) => eraseApplicant(tx, { consortiumId: t.id, applicantId: people.rejected.id }))).toEqual([]);
  });
});
