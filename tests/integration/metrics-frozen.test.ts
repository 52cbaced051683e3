import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { loadOutcomeReport } from "@/lib/metrics/report";
import { eraseApplicant } from "@/lib/retention/erase";
import { createPostingIn, createTenant } from "../support/fixtures";
import { application } from "../support/metrics-fixture";

// The dashboard counts a live campaign with the same SQL that freezes its figures at the first
// erasure (lib/metrics/campaign-counts.ts), so erasing people changes no figure the steering
// group has already seen.
describe("frozen and live campaign figures", () => {
  it("shows the same funnel before and after applicants are erased", async () => {
    const t = await createTenant("mfz");
    const c = t.id;
    const postingId = await createPostingIn(t, "PUBLISHED");
    const offer = { postingId, employerId: t.employerId, status: "DECLINED" as const };
    const rejected = await application(c, t.campaignId, { stage: "REJECTED", livesInRegion: false, heardFrom: "FRIEND", moved: { from: "INTERVIEW", to: "REJECTED" } });
    await application(c, t.campaignId, { stage: "SUBMITTED", livesInRegion: true, heardFrom: null });
    await application(c, t.campaignId, { stage: "OFFER", livesInRegion: false, heardFrom: "FRIEND", offer });
    await application(c, t.campaignId, { stage: "DRAFT", livesInRegion: false, heardFrom: "SEARCH" });
    const { cohortId } = await systemDb().campaign.findUniqueOrThrow({ where: { id: t.campaignId } });
    const load = () => withTenant(c, null, (tx) => loadOutcomeReport(tx, c, { cohortId }));

    // Live: 3 past the draft; outside: the rejected and the offered = 2 of 3; interviewed: the
    // rejected (audit trail) and the offered = 2; offered 1; places: one published posting.
    const before = await load();
    expect(before.cohorts[0].funnel).toEqual({
      applicants: 3, places: 1, applicantsPerPlace: 3, outsideRegion: { count: 2, known: 3, share: 0.6667 }, interviewed: 2, offered: 1, hired: 0,
    });
    expect(before.cohorts[0].heardFrom).toEqual([{ key: "FRIEND", count: 2 }, { key: "UNKNOWN", count: 1 }]);

    // Erasure happens after the deadline (the retention job, or an account deleted then).
    await systemDb().campaign.update({ where: { id: t.campaignId }, data: { closesAt: new Date(Date.now() - 86_400_000), status: "CLOSED" } });
    await withTenant(c, null, (tx) => eraseApplicant(tx, { consortiumId: c, applicantId: rejected.applicantId }));
    const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: t.campaignId } });
    expect(campaign).toMatchObject({ applicantsTotal: 3, applicantsOutside: 2, interviewedTotal: 2, offeredTotal: 1, placesTotal: null });

    const after = await load();
    expect(after.cohorts[0].funnel).toEqual(before.cohorts[0].funnel);
    // Only two applicants are left to ask: the split would no longer add up, so it is not shown.
    expect(after.cohorts[0].heardFrom).toEqual([]);
  });

  it("keeps counting a campaign that is still open when someone deletes their account", async () => {
    const t = await createTenant("mfz-open");
    const c = t.id;
    const leaving = await application(c, t.campaignId, { stage: "SUBMITTED", livesInRegion: true, heardFrom: null });
    await application(c, t.campaignId, { stage: "SUBMITTED", livesInRegion: false, heardFrom: null });
    await withTenant(c, null, (tx) => eraseApplicant(tx, { consortiumId: c, applicantId: leaving.applicantId }));
    // Not frozen: whoever applies after the deletion is still counted.
    expect(await systemDb().campaign.findUniqueOrThrow({ where: { id: t.campaignId } })).toMatchObject({ applicantsTotal: null, offeredTotal: null });
    await application(c, t.campaignId, { stage: "SUBMITTED", livesInRegion: false, heardFrom: null });
    const { cohortId } = await systemDb().campaign.findUniqueOrThrow({ where: { id: t.campaignId } });
    const report = await withTenant(c, null, (tx) => loadOutcomeReport(tx, c, { cohortId }));
    expect(report.cohorts[0].funnel.applicants).toBe(2);
  });
});
