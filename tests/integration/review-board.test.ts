import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { listBoard } from "@/lib/review/board";
import { parseReviewFilters } from "@/lib/review/schemas";
import { listApplications } from "@/lib/review/service";
import { createApplicationIn, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let ids: Record<"first" | "second" | "rated" | "short" | "draft", string>;
let otherEmployerId: string;

const db = () => systemDb();

async function rank(applicationId: string, postingId: string, rank: number) {
  await db().applicationPreference.create({ data: { consortiumId: t.id, applicationId, postingId, rank } });
}

async function rate(applicationId: string, ratings: number[]) {
  const reviewers = [t.membershipIds.COORDINATOR, t.membershipIds.EMPLOYER];
  await db().evaluation.createMany({ data: ratings.map((rating, i) => ({ consortiumId: t.id, applicationId, reviewerId: reviewers[i], rating })) });
}

beforeAll(async () => {
  t = await createTenant("board");
  ids = {
    first: await createApplicationIn(t, "SUBMITTED", { firstName: "Frida" }),
    second: await createApplicationIn(t, "SUBMITTED", { firstName: "Sven" }),
    rated: await createApplicationIn(t, "SCREENING", { firstName: "Rut" }),
    short: await createApplicationIn(t, "SHORTLISTED", { firstName: "Sara" }),
    draft: await createApplicationIn(t, "DRAFT", { firstName: "Dan" }),
  };
  const own = await createPostingIn(t, "PUBLISHED");
  const employer = await db().employer.create({
    data: { consortiumId: t.id, name: "Region Test", orgNumber: "232100-0000", sector: "PUBLIC", sizeBand: "FROM_250", municipality: "Karlstad", memberSince: new Date("2025-01-01") },
  });
  otherEmployerId = employer.id;
  const { id: theirs } = await db().posting.create({
    data: { consortiumId: t.id, employerId: employer.id, campaignId: t.campaignId, title: "Trainee region", description: "x", field: "IT", educationLevel: "MASTER", municipality: "Karlstad", places: 1, status: "PUBLISHED" },
  });
  await rank(ids.first, own, 1);
  await rank(ids.second, theirs, 1);
  await rank(ids.second, own, 2);
  await rank(ids.rated, theirs, 3);
  await rate(ids.rated, [5, 4]);
  await rate(ids.second, [3, 2]);
});

const filters = (query: Record<string, string>) => parseReviewFilters(query);
const list = (query: Record<string, string>) => withTenant(t.id, null, (tx) => listApplications(tx, t.id, t.campaignId, filters(query)));
const board = (query: Record<string, string>) => withTenant(t.id, null, (tx) => listBoard(tx, t.id, t.campaignId, filters(query)));
const idsOf = (result: { items: { id: string }[] }) => result.items.map((i) => i.id).sort();

describe("review filters: preference rank and rating", () => {
  it("finds who ranked an employer's posting as choice ≤ N", async () => {
    expect(idsOf(await list({ employer: t.employerId }))).toEqual([ids.first, ids.second].sort());
    expect(idsOf(await list({ employer: t.employerId, rank: "1" }))).toEqual([ids.first]);
    expect(idsOf(await list({ employer: otherEmployerId, rank: "2" }))).toEqual([ids.second]);
    expect(idsOf(await list({ employer: otherEmployerId, rank: "3" }))).toEqual([ids.rated, ids.second].sort());
  });

  it("keeps applications whose average rating reaches the minimum", async () => {
    expect(idsOf(await list({ rating: "4" }))).toEqual([ids.rated]);
    expect(idsOf(await list({ rating: "2" }))).toEqual([ids.rated, ids.second].sort());
    expect((await list({ rating: "9" })).total).toBe(4);
  });
});

describe("review board", () => {
  it("groups the filtered applications by stage with counts, drafts left out", async () => {
    const result = await board({});
    expect(result.total).toBe(4);
    const columns = Object.fromEntries(result.columns.map((c) => [c.stage, c]));
    expect(result.columns.map((c) => c.stage)).toEqual(["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"]);
    expect(columns.SUBMITTED.count).toBe(2);
    expect(columns.SUBMITTED.cards.map((c) => c.id).sort()).toEqual([ids.first, ids.second].sort());
    expect(columns.SCREENING.cards[0]).toMatchObject({ id: ids.rated, rating: 4.5, ratingCount: 2 });
    expect(columns.OFFER.count).toBe(0);
    expect((await board({ rating: "4" })).columns.find((c) => c.stage === "SCREENING")!.count).toBe(1);
  });

  it("numbers anonymised cards as the table does and reveals the shortlisted", async () => {
    const table = await list({ anon: "1" });
    const cards = (await board({ anon: "1" })).columns.flatMap((c) => c.cards);
    for (const card of cards) expect(card.number).toBe(table.items.find((i) => i.id === card.id)!.number);
    // The number is the order of arrival in the campaign: the same whatever the filter or page.
    const filtered = await list({ anon: "1", stage: "SCREENING" });
    expect(filtered.items.find((i) => i.id === ids.rated)!.number).toBe(table.items.find((i) => i.id === ids.rated)!.number);
    expect(table.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(cards.find((c) => c.id === ids.first)).toMatchObject({ name: null, university: null });
    expect(cards.find((c) => c.id === ids.short)!.name).toMatch(/^Sara /);
  });
});
