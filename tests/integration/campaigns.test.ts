import { beforeAll, describe, expect, it } from "vitest";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import { systemDb } from "@/lib/db/client";
import { campaignInput, campaignRules } from "../support/authorization";
import { createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("campaigns");
});

describe("campaigns", () => {
  it("creates a cohort and its campaign with the deadline in the consortium's time zone", async () => {
    const input = { ...campaignInput(), cohortName: "2028/29" };
    const result = await createCampaignAction.runAs(t.users.COORDINATOR, t.slug, input);
    expect(result.ok).toBe(true);
    const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id }, include: { cohort: true } });
    expect(campaign.closesAt.toISOString()).toBe("2027-03-01T22:59:00.000Z");
    expect(campaign.opensAt.toISOString()).toBe("2027-01-14T23:00:00.000Z");
    expect(campaign).toMatchObject({ status: "DRAFT", maxPreferences: 3, consentText: { sv: "Jag samtycker.", nb: "Jeg samtykker.", en: "I agree." } });
    expect(campaign.cohort).toMatchObject({ name: "2028/29", consortiumId: t.id, status: "RECRUITING", programmeMonths: 12 });

    const again = await createCampaignAction.runAs(t.users.COORDINATOR, t.slug, { ...input });
    expect(again).toMatchObject({ ok: false, error: "conflict", fieldErrors: { cohortName: "validation.cohortNameTaken" } });
  });

  it("refuses a deadline before the opening, with nothing half-stored", async () => {
    const before = await systemDb().cohort.count({ where: { consortiumId: t.id } });
    const result = await createCampaignAction.runAs(t.users.COORDINATOR, t.slug, { ...campaignInput(), closesAt: "2027-01-01T00:00" });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { closesAt: "validation.deadlineBeforeOpening" } });
    expect(await systemDb().cohort.count({ where: { consortiumId: t.id } })).toBe(before);
  });

  it("changes an open campaign's window and refuses to change a closed one", async () => {
    const changed = await updateCampaignAction.runAs(t.users.COORDINATOR, t.slug, { id: t.campaignId, ...campaignRules(), maxPreferences: 5 });
    expect(changed.ok).toBe(true);
    expect(await systemDb().campaign.findUniqueOrThrow({ where: { id: t.campaignId } })).toMatchObject({ maxPreferences: 5 });
    await systemDb().campaign.update({ where: { id: t.campaignId }, data: { status: "CLOSED" } });
    const refused = await updateCampaignAction.runAs(t.users.COORDINATOR, t.slug, { id: t.campaignId, ...campaignRules() });
    expect(refused).toMatchObject({ ok: false, error: "campaignClosed" });
  });
});
