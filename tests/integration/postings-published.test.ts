import { beforeAll, describe, expect, it } from "vitest";
import { getOpenPosting, jobPostingJsonLd } from "@/lib/careers/service";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { editPublishedPostingAction, updatePostingAction } from "@/lib/postings/actions";
import { listPostings } from "@/lib/postings/service";
import { postingFields } from "../support/authorization";
import { createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

// A published posting changed in place: audited, and the career page and its JSON-LD follow.
let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("published");
});

describe("editing a published posting", () => {
  it("changes the career page and its JSON-LD at once, with the old and new values audited", async () => {
    const id = await createPostingIn(t, "PUBLISHED");
    expect((await getOpenPosting(t.id, id))?.title).toMatch(/^Trainee /);
    const description = "Vi söker **dig**.\n\n- Analys\n- Rapporter\n\n<script>alert(1)</script>";
    const result = await editPublishedPostingAction.runAs(t.users.COORDINATOR, t.slug, { ...postingFields(), id, title: "Trainee i dataanalys", description });
    expect(result).toEqual({ ok: true, data: { id } });
    const open = await getOpenPosting(t.id, id);
    expect(open?.title).toBe("Trainee i dataanalys");
    const jsonLd = jobPostingJsonLd(open!, "SE", "https://example.test/x");
    expect(jsonLd.description).toContain("<strong>dig</strong>");
    expect(jsonLd.description).toContain("<li>Analys</li>");
    expect(jsonLd.description).not.toContain("<script>");
    const [audit] = await systemDb().auditEvent.findMany({ where: { consortiumId: t.id, action: "posting.editPublished", targetId: id } });
    expect(audit.data).toMatchObject({ from: "PUBLISHED", changes: { title: { to: "Trainee i dataanalys" }, description: { to: description } } });
    expect((audit.data as { changes: object }).changes).not.toHaveProperty("places");
  });

  it("is the coordinator's: an employer contact cannot, and drafts go through the usual edit", async () => {
    const id = await createPostingIn(t, "PUBLISHED");
    expect(await editPublishedPostingAction.runAs(t.users.EMPLOYER, t.slug, { ...postingFields(), id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await updatePostingAction.runAs(t.users.EMPLOYER, t.slug, { ...postingFields(), id })).toMatchObject({ ok: false, error: "postingLocked" });
    const draft = await createPostingIn(t, "DRAFT");
    expect(await editPublishedPostingAction.runAs(t.users.COORDINATOR, t.slug, { ...postingFields(), id: draft })).toMatchObject({ ok: false, error: "postingLocked" });
  });
});

describe("the postings list", () => {
  it("comes sorted by status, what needs doing first and closed last, with a count per status", async () => {
    const closed = await createPostingIn(t, "PUBLISHED");
    await systemDb().posting.update({ where: { id: closed }, data: { status: "CLOSED" } });
    await createPostingIn(t, "SUBMITTED");
    await createPostingIn(t, "DRAFT");
    const actor = { consortiumId: t.id, userId: t.users.COORDINATOR.id, slug: t.slug, consortiumName: "Test", defaultLocale: "sv" as const, ownEmployerId: null };
    const { postings, counts } = await withTenant(t.id, null, (tx) => listPostings(tx, actor));
    const statuses = postings.map((p) => p.status);
    expect(statuses[0]).toBe("SUBMITTED");
    expect(statuses.at(-1)).toBe("CLOSED");
    expect(statuses.indexOf("PUBLISHED")).toBeLessThan(statuses.indexOf("DRAFT"));
    expect(counts).toMatchObject({ SUBMITTED: 1, CLOSED: 1, DRAFT: 2 });
    expect(counts.PUBLISHED).toBe(statuses.filter((s) => s === "PUBLISHED").length);
  });
});
