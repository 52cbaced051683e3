import { beforeAll, describe, expect, it } from "vitest";
import { exportMyData, getMyApplications } from "@/lib/applications/mine";
import { addNoteAction } from "@/lib/candidates/actions";
import { findNeighbours } from "@/lib/candidates/neighbours";
import { loadTimeline } from "@/lib/candidates/timeline";
import { loadSteeringDashboard } from "@/lib/dashboards/others";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { makeOfferAction, respondToOfferAction, withdrawOfferAction } from "@/lib/offers/actions";
import { getCandidate } from "@/lib/ratings/service";
import { moveApplicationsAction, sendBulkEmailAction } from "@/lib/review/actions";
import { createApplicationIn, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

// The candidate page's whole story: internal notes (coordinators only, but in the applicant's
// data export), the timeline, offers with their message and answer-by date, and withdrawal.
let t: TenantFixture;
let applicationId: string;
let postingId: string;
const NOTE = `Referenser ok ${Date.now()}`;
const db = () => systemDb();
const inTenant = <T,>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.id, null, fn);

beforeAll(async () => {
  t = await createTenant("story");
  applicationId = await createApplicationIn(t, "SUBMITTED", { firstName: "Lina" });
  postingId = await createPostingIn(t, "PUBLISHED");
  await db().applicationPreference.create({ data: { consortiumId: t.id, applicationId, postingId, rank: 1 } });
  const { applicantId } = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
  await db().applicant.update({ where: { id: applicantId }, data: { userId: t.users.APPLICANT.id } });
});

describe("internal notes", () => {
  it("are written by coordinators and listed in the timeline with their author", async () => {
    expect(await addNoteAction.runAs(t.users.COORDINATOR, t.slug, { applicationId, body: NOTE })).toMatchObject({ ok: true });
    expect(await addNoteAction.runAs(t.users.COORDINATOR, t.slug, { applicationId, body: "   " })).toMatchObject({ ok: false, error: "validation" });
    const timeline = await inTenant((tx) => loadTimeline(tx, t.id, applicationId));
    expect(timeline.find((e) => e.kind === "note")).toMatchObject({ body: NOTE, actor: t.users.COORDINATOR.name });
  });

  it("never reach the employer's candidate view, the applicant's page or the steering group's", async () => {
    const employer = { consortiumId: t.id, userId: t.users.EMPLOYER.id, membershipId: t.membershipIds.EMPLOYER, employerId: t.employerId };
    const views = await inTenant((tx) =>
      Promise.all([getCandidate(tx, employer, applicationId), getMyApplications(tx, t.id, t.users.APPLICANT.id), loadSteeringDashboard(tx, t.id)]),
    );
    for (const view of views) expect(JSON.stringify(view)).not.toContain(NOTE);
  });

  it("are listed, without their author, in the applicant's data export (right of access)", async () => {
    const data = await inTenant((tx) => exportMyData(tx, t.id, t.users.APPLICANT.id));
    const application = data.applications[0] as unknown as { notes: { body: string; createdAt: Date }[] };
    expect(application.notes.map((n) => n.body)).toEqual([NOTE]);
    expect(Object.keys(application.notes[0]).sort()).toEqual(["body", "createdAt"]);
  });
});

describe("the timeline", () => {
  it("tells who moved the application and when, and every mail with its text", async () => {
    await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [applicationId], stage: "SHORTLISTED" });
    await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, {
      applicationIds: [applicationId],
      kind: "shortlisted",
      drafts: { sv: { subject: "Vidare, {name}", body: "Grattis {name}, du går vidare i {cohort}." } },
    });
    const timeline = await inTenant((tx) => loadTimeline(tx, t.id, applicationId));
    expect(timeline.find((e) => e.kind === "event" && e.action === "application.stage")).toMatchObject({
      actor: t.users.COORDINATOR.name,
      data: { from: "SUBMITTED", to: "SHORTLISTED" },
    });
    const mail = timeline.find((e) => e.kind === "mail");
    expect(mail).toMatchObject({ subject: "Vidare, Lina" });
    expect(mail?.kind === "mail" && mail.text).toContain("Grattis Lina, du går vidare i 2027/28.");
    // Newest first.
    expect(timeline.map((e) => e.at.getTime())).toEqual([...timeline.map((e) => e.at.getTime())].sort((a, b) => b - a));
  });
});

describe("offers", () => {
  let offerId: string;
  it("carry their message and answer-by date into the mail and the applicant's page", async () => {
    const answerBy = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const made = await makeOfferAction.runAs(t.users.COORDINATOR, t.slug, { applicationId, postingId, startDate: "2027-09-01", answerBy, message: "Välkommen till oss, Lina!" });
    expect(made).toMatchObject({ ok: true });
    offerId = made.ok ? made.data.id : "";
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { consortiumId: t.id, applicationId, template: "applicant" }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("Välkommen till oss, Lina!");
    expect(mail.text).toMatch(/Svara gärna senast \d+ \S+ 20\d\d\./);
    const mine = await inTenant((tx) => getMyApplications(tx, t.id, t.users.APPLICANT.id));
    expect(mine.applicant!.applications[0].offers[0]).toMatchObject({ status: "PENDING", message: "Välkommen till oss, Lina!", answerBy: new Date(`${answerBy}T00:00:00Z`) });
  });

  it("refuses an answer-by date after the start or in the past", async () => {
    const other = await createApplicationIn(t, "SHORTLISTED");
    const late = await makeOfferAction.runAs(t.users.COORDINATOR, t.slug, { applicationId: other, postingId, startDate: "2027-09-01", answerBy: "2027-10-01" });
    expect(late).toMatchObject({ ok: false, error: "validation", fieldErrors: { answerBy: "validation.answerByAfterStart" } });
    const past = await makeOfferAction.runAs(t.users.COORDINATOR, t.slug, { applicationId: other, postingId, startDate: "2027-09-01", answerBy: "2020-01-01" });
    expect(past).toMatchObject({ ok: false, error: "validation", fieldErrors: { answerBy: "validation.dateInPast" } });
  });

  it("can be withdrawn while pending: the applicant is told and can no longer accept", async () => {
    expect(await withdrawOfferAction.runAs(t.users.COORDINATOR, t.slug, { offerId })).toEqual({ ok: true, data: { stage: "SHORTLISTED" } });
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.status).toBe("WITHDRAWN");
    expect(offer.withdrawnAt).not.toBeNull();
    expect((await db().application.findUniqueOrThrow({ where: { id: applicationId } })).stage).toBe("SHORTLISTED");
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { consortiumId: t.id, applicationId }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toMatch(/är återtaget/);
    expect(await respondToOfferAction.runAs(t.users.APPLICANT, t.slug, { offerId, accept: true })).toMatchObject({ ok: false, error: "offerClosed" });
    expect(await withdrawOfferAction.runAs(t.users.COORDINATOR, t.slug, { offerId })).toMatchObject({ ok: false, error: "offerNotPending" });
    const timeline = await inTenant((tx) => loadTimeline(tx, t.id, applicationId));
    expect(timeline.some((e) => e.kind === "event" && e.action === "offer.withdraw")).toBe(true);
  });
});

describe("previous and next", () => {
  it("walk the list the candidate was opened from, with its filter", async () => {
    const [a, b] = [await createApplicationIn(t, "SCREENING"), await createApplicationIn(t, "SCREENING")];
    const coordinator = { consortiumId: t.id, userId: t.users.COORDINATOR.id, membershipId: t.membershipIds.COORDINATOR, employerId: null };
    const query = { list: "review", campaign: t.campaignId, stage: "SCREENING" };
    const first = await inTenant((tx) => findNeighbours(tx, coordinator, query, a, true));
    expect(first).toEqual({ previous: null, next: b, position: 1, total: 2 });
    expect(await inTenant((tx) => findNeighbours(tx, coordinator, { ...query, stage: "SUBMITTED" }, a, true))).toBeNull();
    expect(await inTenant((tx) => findNeighbours(tx, coordinator, query, a, false))).toBeNull();
  });
});
