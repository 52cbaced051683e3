import { beforeAll, describe, expect, it } from "vitest";
import { saveDraftAction, submitApplicationAction } from "@/lib/applications/actions";
import { myPostingStatus } from "@/lib/applications/posting-status";
import { countMyMemberships } from "@/lib/consortia/service";
import { applicationInput, newApplicant } from "../support/applications";
import { createPostingIn, createTenant, createUser, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let other: TenantFixture;
let postings: string[];

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("status"), createTenant("status-other")]);
  postings = [await createPostingIn(t, "PUBLISHED"), await createPostingIn(t, "PUBLISHED")];
});

describe("a posting page tells a signed-in person where their application stands", () => {
  it("says nothing to someone who has not started", async () => {
    const user = await createUser("stranger");
    expect(await myPostingStatus(user.id, t.id, postings[0])).toBeNull();
  });

  it("names the rank in a draft, or that the draft lacks the posting", async () => {
    const user = await newApplicant(t, "drafter");
    const saved = await saveDraftAction.runAs(user, t.slug, { campaignId: t.campaignId, data: { preferences: ["", postings[1]] } });
    expect(saved).toMatchObject({ ok: true });
    expect(await myPostingStatus(user.id, t.id, postings[1])).toEqual({ state: "draft", rank: 2 });
    expect(await myPostingStatus(user.id, t.id, postings[0])).toEqual({ state: "draft", rank: null });
  });

  it("names the rank in a sent application, or that it was sent without the posting", async () => {
    const user = await newApplicant(t, "sender");
    expect(await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [postings[1]]))).toMatchObject({ ok: true });
    expect(await myPostingStatus(user.id, t.id, postings[1])).toEqual({ state: "sent", rank: 1 });
    expect(await myPostingStatus(user.id, t.id, postings[0])).toEqual({ state: "sent", rank: null });
    // Another consortium's posting id under this consortium finds nothing.
    const foreign = await createPostingIn(other, "PUBLISHED");
    expect(await myPostingStatus(user.id, t.id, foreign)).toBeNull();
  });
});

describe("the consortium switch in the menu", () => {
  it("counts only the person's own memberships", async () => {
    const user = await newApplicant(t, "single");
    expect(await countMyMemberships(user.id)).toBe(1);
    expect(await countMyMemberships(t.users.COORDINATOR.id)).toBe(1);
  });
});
