import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { rateApplicationAction } from "@/lib/ratings/actions";
import { getCandidate, listCandidates, type Reviewer } from "@/lib/ratings/service";
import { createApplicationIn, createRankedApplication, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let employer: Reviewer;
let coordinator: Reviewer;
const CRITERIA = [{ key: "motivation", label: { sv: "Motivation", nb: "Motivasjon", en: "Motivation" } }];

beforeAll(async () => {
  t = await createTenant("ratings");
  await systemDb().campaign.update({ where: { id: t.campaignId }, data: { ratingCriteria: CRITERIA } });
  employer = { consortiumId: t.id, userId: t.users.EMPLOYER.id, membershipId: t.membershipIds.EMPLOYER, employerId: t.employerId };
  coordinator = { consortiumId: t.id, userId: t.users.COORDINATOR.id, membershipId: t.membershipIds.COORDINATOR, employerId: null };
});

const asEmployer = <T>(fn: (r: Reviewer) => (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) => Promise<T>) => withTenant(t.id, null, fn(employer));

describe("shared review and ratings", () => {
  it("shows an employer only applications that ranked its postings, or shared ones with valid talent-pool consent", async () => {
    const ranked = await createRankedApplication(t);
    const unrelated = await createApplicationIn(t, "SUBMITTED");
    const shared = await createApplicationIn(t, "SUBMITTED");
    await systemDb().applicationShare.create({ data: { consortiumId: t.id, applicationId: shared, employerId: t.employerId } });
    let visible = (await asEmployer((r) => (tx) => listCandidates(tx, r))).map((c) => c.id);
    expect(visible).toContain(ranked);
    expect(visible).not.toContain(unrelated);
    expect(visible).not.toContain(shared);
    const app = await systemDb().application.findUniqueOrThrow({ where: { id: shared } });
    await systemDb().applicant.update({ where: { id: app.applicantId }, data: { talentPoolConsentAt: new Date(), talentPoolExpiresAt: new Date(Date.now() + 86_400_000) } });
    visible = (await asEmployer((r) => (tx) => listCandidates(tx, r))).map((c) => c.id);
    expect(visible).toContain(shared);
    const refused = await rateApplicationAction.runAs(t.users.EMPLOYER, t.slug, { applicationId: unrelated, scores: { motivation: 3 }, rating: 3 });
    expect(refused).toMatchObject({ ok: false, error: "notFound" });
    expect(await systemDb().evaluation.count({ where: { applicationId: unrelated } })).toBe(0);
  });

  it("hides other reviewers' ratings from an employer until it has rated, then shows them", async () => {
    const id = await createRankedApplication(t);
    const byCoordinator = await rateApplicationAction.runAs(t.users.COORDINATOR, t.slug, { applicationId: id, scores: { motivation: 5 }, rating: 5, comment: "Stark." });
    expect(byCoordinator.ok).toBe(true);
    let seen = await asEmployer((r) => (tx) => getCandidate(tx, r, id));
    expect(seen).toMatchObject({ own: null, others: [], hiddenOthers: 1 });
    const own = await rateApplicationAction.runAs(t.users.EMPLOYER, t.slug, { applicationId: id, scores: { motivation: 4 }, rating: 4 });
    expect(own.ok).toBe(true);
    seen = await asEmployer((r) => (tx) => getCandidate(tx, r, id));
    expect(seen.own).toMatchObject({ rating: 4 });
    expect(seen.others).toHaveLength(1);
    expect(seen.others[0]).toMatchObject({ rating: 5, comment: "Stark.", reviewer: { role: "COORDINATOR" } });
    const asCoordinator = await withTenant(t.id, null, (tx) => getCandidate(tx, coordinator, id));
    expect(asCoordinator.others.map((e) => e.rating)).toEqual([4]);
  });

  it("keeps one rating per reviewer, and requires exactly the campaign's criteria", async () => {
    const id = await createRankedApplication(t);
    await rateApplicationAction.runAs(t.users.EMPLOYER, t.slug, { applicationId: id, scores: { motivation: 2 }, rating: 2 });
    await rateApplicationAction.runAs(t.users.EMPLOYER, t.slug, { applicationId: id, scores: { motivation: 3 }, rating: 3 });
    const ratings = await systemDb().evaluation.findMany({ where: { applicationId: id } });
    expect(ratings.map((r) => r.rating)).toEqual([3]);
    const bad = await rateApplicationAction.runAs(t.users.EMPLOYER, t.slug, { applicationId: id, scores: { other: 3 }, rating: 3 });
    expect(bad).toMatchObject({ ok: false, error: "validation", fieldErrors: { scores: "validation.criteria" } });
    const outOfRange = await rateApplicationAction.runAs(t.users.EMPLOYER, t.slug, { applicationId: id, scores: { motivation: 6 }, rating: 0 });
    expect(outOfRange).toMatchObject({ ok: false, error: "validation" });
  });
});
