import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { loadCoordinatorInbox, loadEmployerInbox, loadSteeringInbox } from "@/lib/dashboards/inbox";
import { recordVisit, VISIT_GAP_MS } from "@/lib/dashboards/visits";
import { parseReviewFilters } from "@/lib/review/schemas";
import { listApplications } from "@/lib/review/service";
import { listEmployerNextCheckIns } from "@/lib/trainees/employer-view";
import { todayIn } from "@/lib/i18n/zoned-time";
import { createApplicationIn, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

// The to-do inbox: each count, and the filtered list its link opens holds exactly those items.
let t: TenantFixture;
const db = () => systemDb();
const tz = "Europe/Stockholm";
const list = (query: Record<string, string>) => withTenant(t.id, null, (tx) => listApplications(tx, t.id, t.campaignId, parseReviewFilters({ campaign: t.campaignId, ...query })));

beforeAll(async () => {
  t = await createTenant("inbox");
});

describe("the coordinator's inbox", () => {
  it("counts postings to approve and returned ones", async () => {
    const before = await withTenant(t.id, null, (tx) => loadCoordinatorInbox(tx, t.id, tz, null));
    await createPostingIn(t, "SUBMITTED");
    const returned = await createPostingIn(t, "DRAFT");
    await db().posting.update({ where: { id: returned }, data: { status: "RETURNED" } });
    const after = await withTenant(t.id, null, (tx) => loadCoordinatorInbox(tx, t.id, tz, null));
    expect(after.toApprove - before.toApprove).toBe(1);
    expect(after.returned - before.returned).toBe(1);
    expect(after.campaignId).toBe(t.campaignId);
  });

  it("counts new, unrated, unbooked and offered applications as their filtered lists show them", async () => {
    const old = await createApplicationIn(t, "SCREENING");
    await db().application.update({ where: { id: old }, data: { submittedAt: new Date(Date.now() - 3 * 86_400_000) } });
    const since = new Date(Date.now() - 86_400_000);
    const fresh = await createApplicationIn(t, "SUBMITTED");
    const rated = await createApplicationIn(t, "SUBMITTED");
    await db().evaluation.create({ data: { consortiumId: t.id, applicationId: rated, reviewerId: t.membershipIds.COORDINATOR, rating: 4 } });
    const invited = await createApplicationIn(t, "SHORTLISTED");
    await db().application.update({ where: { id: invited }, data: { stage: "INTERVIEW", interviewInvitedAt: new Date() } });
    const offered = await createApplicationIn(t, "SHORTLISTED");
    await db().application.update({ where: { id: offered }, data: { stage: "OFFER" } });

    const inbox = await withTenant(t.id, null, (tx) => loadCoordinatorInbox(tx, t.id, tz, since));
    const ids = async (query: Record<string, string>) => (await list(query)).items.map((i) => i.id).sort();
    expect(await ids({ since: since.toISOString() })).toEqual([fresh, rated, invited, offered].sort());
    expect(inbox.newApplications).toBe(4);
    expect(await ids({ unrated: "1" })).toEqual([old, fresh, invited].sort());
    expect(inbox.unrated).toBe(3);
    expect(await ids({ stage: "INTERVIEW", unbooked: "1" })).toEqual([invited]);
    expect(inbox.unbooked).toBe(1);
    expect(inbox.pendingOffers).toBe(1);
  });

  it("counts overdue check-ins and active members nobody speaks for", async () => {
    const inbox = await withTenant(t.id, null, (tx) => loadCoordinatorInbox(tx, t.id, tz, null));
    // The fixture's employer has a contact; a new active member has none.
    await db().employer.create({
      data: { consortiumId: t.id, name: "Tyst AB", orgNumber: "556677-8899", sector: "PRIVATE", sizeBand: "FROM_10_TO_49", municipality: "Arvika", memberSince: new Date("2025-01-01") },
    });
    const overdue = await db().checkIn.findFirstOrThrow({ where: { consortiumId: t.id, traineeId: t.traineeId }, orderBy: { dueDate: "asc" } });
    await db().checkIn.update({ where: { id: overdue.id }, data: { dueDate: new Date(Date.now() - 5 * 86_400_000) } });
    const after = await withTenant(t.id, null, (tx) => loadCoordinatorInbox(tx, t.id, tz, null));
    expect(after.withoutContact - inbox.withoutContact).toBe(1);
    expect(after.overdueCheckIns).toBeGreaterThanOrEqual(1);
  });
});

describe("the employer's and steering group's inbox", () => {
  it("counts candidates awaiting the contact's own rating and their trainees' next check-ins", async () => {
    const postingId = await createPostingIn(t, "PUBLISHED");
    const [a, b] = [await createApplicationIn(t), await createApplicationIn(t)];
    for (const applicationId of [a, b]) await db().applicationPreference.create({ data: { consortiumId: t.id, applicationId, postingId, rank: 1 } });
    const load = () => withTenant(t.id, null, (tx) => loadEmployerInbox(tx, t.id, t.employerId, t.membershipIds.EMPLOYER, tz));
    const before = await load();
    await db().evaluation.create({ data: { consortiumId: t.id, applicationId: a, reviewerId: t.membershipIds.EMPLOYER, rating: 3 } });
    expect((await load()).awaitingRating).toBe(before.awaitingRating - 1);
    expect(before.checkInsSoon).toBeGreaterThanOrEqual(1);
  });

  it("lists on the trainees page exactly the next check-ins the employer's inbox counts", async () => {
    // One check-in of the fixture's trainee within the horizon, one already late, one held.
    const checkIns = await db().checkIn.findMany({ where: { consortiumId: t.id, traineeId: t.traineeId }, orderBy: { dueDate: "asc" } });
    const day = 86_400_000;
    await db().checkIn.update({ where: { id: checkIns[0].id }, data: { dueDate: new Date(Date.now() - 2 * day), completedAt: null } });
    await db().checkIn.update({ where: { id: checkIns[1].id }, data: { dueDate: new Date(Date.now() + 10 * day), completedAt: null } });
    await db().checkIn.update({ where: { id: checkIns[2].id }, data: { dueDate: new Date(Date.now() + 5 * day), completedAt: new Date() } });
    const [inbox, listed] = await withTenant(t.id, null, (tx) =>
      Promise.all([loadEmployerInbox(tx, t.id, t.employerId, t.membershipIds.EMPLOYER, tz), listEmployerNextCheckIns(tx, t.id, t.employerId, todayIn(tz))]),
    );
    expect(listed.map((c) => c.id)).toEqual(expect.arrayContaining([checkIns[0].id, checkIns[1].id]));
    expect(listed.map((c) => c.id)).not.toContain(checkIns[2].id);
    expect(listed).toHaveLength(inbox.checkInsSoon);
    // Another employer's contact sees none of this trainee's check-ins.
    const other = await withTenant(t.id, null, (tx) => listEmployerNextCheckIns(tx, t.id, "no-such-employer", todayIn(tz)));
    expect(other).toEqual([]);
  });

  it("counts follow-up answers since the last visit", async () => {
    const since = new Date(Date.now() - 60_000);
    await db().followUp.create({ data: { consortiumId: t.id, traineeId: t.traineeId, wave: "END", answeredAt: new Date() } });
    const inbox = await withTenant(t.id, null, (tx) => loadSteeringInbox(tx, t.id, tz, since));
    expect(inbox.newAnswers).toBe(1);
    expect((await withTenant(t.id, null, (tx) => loadSteeringInbox(tx, t.id, tz, new Date()))).newAnswers).toBe(0);
  });
});

describe("last visit", () => {
  it("keeps one visit's start while the person comes back within the gap, and moves on after it", async () => {
    const id = t.membershipIds.STEERING;
    const t0 = new Date("2027-02-01T08:00:00Z");
    const visit = (at: Date) => withTenant(t.id, null, (tx) => recordVisit(tx, t.id, id, at));
    expect(await visit(t0)).toBeNull();
    const later = new Date(t0.getTime() + VISIT_GAP_MS + 60_000);
    expect(await visit(later)).toEqual(t0);
    // Back from an inbox link five minutes on: still counting from the same point.
    expect(await visit(new Date(later.getTime() + 5 * 60_000))).toEqual(t0);
    const nextDay = new Date(t0.getTime() + 86_400_000);
    expect((await visit(nextDay))!.getTime()).toBe(later.getTime() + 5 * 60_000);
  });
});
