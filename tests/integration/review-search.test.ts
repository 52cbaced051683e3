import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { listCandidates } from "@/lib/ratings/service";
import { moveApplicationsAction } from "@/lib/review/actions";
import { parseReviewFilters } from "@/lib/review/schemas";
import { listApplications } from "@/lib/review/service";
import { createApplicationIn, createTenant, type TenantFixture } from "../support/fixtures";

// Name search in PostgreSQL (decision 0028) and "all N matching" bulk moves.
let t: TenantFixture;
let ids: Record<"malin" | "asa" | "orjan" | "mohammadi" | "other", string>;

beforeAll(async () => {
  t = await createTenant("search");
  ids = {
    malin: await createApplicationIn(t, "SUBMITTED", { firstName: "Malin", lastName: "Mohammadi", email: "m.m@example.se" }),
    asa: await createApplicationIn(t, "SUBMITTED", { firstName: "Åsa", lastName: "Öberg", email: "asa.oberg@example.se" }),
    orjan: await createApplicationIn(t, "SCREENING", { firstName: "Ørjan", lastName: "Bråten", email: "orjan_b@example.no" }),
    mohammadi: await createApplicationIn(t, "SUBMITTED", { firstName: "Amir", lastName: "Mohammadi", email: "amir@example.se" }),
    other: await createApplicationIn(t, "SUBMITTED", { firstName: "Malin", lastName: "Svensson", email: "malin.s@example.se" }),
  };
});

const search = async (q: string, extra: Record<string, string> = {}) =>
  (await withTenant(t.id, null, (tx) => listApplications(tx, t.id, t.campaignId, parseReviewFilters({ q, ...extra })))).items.map((i) => i.id).sort();

describe("name search", () => {
  it("finds a full name, either part, and the address", async () => {
    expect(await search("Malin Mohammadi")).toEqual([ids.malin]);
    expect(await search("mohammadi malin")).toEqual([ids.malin]);
    expect(await search("Malin")).toEqual([ids.malin, ids.other].sort());
    expect(await search("Mohammadi")).toEqual([ids.malin, ids.mohammadi].sort());
    expect(await search("asa.oberg@")).toEqual([ids.asa]);
  });

  it("ignores case and accents both ways", async () => {
    expect(await search("asa")).toEqual([ids.asa]);
    expect(await search("ÅSA öberg")).toEqual([ids.asa]);
    expect(await search("oberg")).toEqual([ids.asa]);
    expect(await search("orjan braten")).toEqual([ids.orjan]);
  });

  it("treats % and _ as letters, not wildcards", async () => {
    expect(await search("%")).toEqual([]);
    expect(await search("orjan_b")).toEqual([ids.orjan]);
    expect(await search("m_m")).toEqual([]);
  });

  it("keeps the folded text right when a name changes", async () => {
    const { applicantId } = await systemDb().application.findUniqueOrThrow({ where: { id: ids.other } });
    await systemDb().applicant.update({ where: { id: applicantId }, data: { lastName: "Sjöström" } });
    expect(await search("malin sjostrom")).toEqual([ids.other]);
  });

  it("is ignored in anonymised screening, where a match would say who is who", async () => {
    expect((await search("Malin Mohammadi", { anon: "1" })).length).toBe(5);
  });

  it("finds candidates by name on the candidates list too", async () => {
    const coordinator = { consortiumId: t.id, userId: t.users.COORDINATOR.id, membershipId: t.membershipIds.COORDINATOR, employerId: null };
    const found = await withTenant(t.id, null, (tx) => listCandidates(tx, coordinator, { q: "asa oberg" }));
    expect(found.map((c) => c.id)).toEqual([ids.asa]);
  });
});

describe("all N matching", () => {
  it("moves every application the filter matches, skipping those with steps of their own", async () => {
    await systemDb().application.update({ where: { id: ids.mohammadi }, data: { stage: "OFFER" } });
    const match = { query: { campaign: t.campaignId, q: "mohammadi" }, count: 2 };
    const result = await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { match, stage: "SCREENING" });
    expect(result).toEqual({ ok: true, data: { moved: 1, skipped: 1 } });
    expect((await systemDb().application.findUniqueOrThrow({ where: { id: ids.malin } })).stage).toBe("SCREENING");
    expect((await systemDb().application.findUniqueOrThrow({ where: { id: ids.mohammadi } })).stage).toBe("OFFER");
  });

  it("refuses when the list changed since the coordinator counted it, and moves nothing", async () => {
    const match = { query: { campaign: t.campaignId, stage: "SUBMITTED" }, count: 7 };
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { match, stage: "REJECTED" })).toMatchObject({ ok: false, error: "selectionChanged" });
    expect(await systemDb().application.count({ where: { consortiumId: t.id, stage: "REJECTED" } })).toBe(0);
  });

  it("does not find another consortium's campaign named in the filter", async () => {
    const other = await createTenant("search-other");
    await createApplicationIn(other);
    const match = { query: { campaign: other.campaignId }, count: 1 };
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { match, stage: "SCREENING" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await systemDb().application.count({ where: { consortiumId: other.id, stage: "SCREENING" } })).toBe(0);
  });

  it("takes either ticked rows or a filter, not both or neither", async () => {
    const match = { query: { campaign: t.campaignId }, count: 1 };
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.asa], match, stage: "SCREENING" })).toMatchObject({ ok: false, error: "validation" });
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { stage: "SCREENING" })).toMatchObject({ ok: false, error: "validation" });
  });
});
