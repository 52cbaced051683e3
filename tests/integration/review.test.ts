import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { moveApplicationsAction } from "@/lib/review/actions";
import { parseReviewFilters } from "@/lib/review/schemas";
import { listApplications } from "@/lib/review/service";
import { createApplicationIn, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTenant("review");
  ids = {
    it: await createApplicationIn(t, "SUBMITTED", { firstName: "Ingrid", field: "IT", ties: ["GREW_UP"] }),
    eco: await createApplicationIn(t, "SUBMITTED", { firstName: "Erik", field: "Ekonomi", ties: ["NONE"] }),
    short: await createApplicationIn(t, "SHORTLISTED", { firstName: "Sara", field: "IT", ties: ["STUDIED"] }),
    draft: await createApplicationIn(t, "DRAFT", { firstName: "Dan" }),
  };
});

const list = (query: Record<string, string>) =>
  withTenant(t.id, null, (tx) => listApplications(tx, t.id, t.campaignId, parseReviewFilters(query)));

describe("coordinator review", () => {
  it("lists sent applications only, filtered by field, ties and search", async () => {
    expect((await list({})).total).toBe(3);
    expect((await list({ field: "IT" })).items.map((i) => i.id).sort()).toEqual([ids.it, ids.short].sort());
    expect((await list({ tie: "GREW_UP" })).items.map((i) => i.id)).toEqual([ids.it]);
    expect((await list({ q: "erik" })).items.map((i) => i.id)).toEqual([ids.eco]);
  });

  it("hides who applied until shortlisted in anonymised screening, and ignores name search there", async () => {
    const anon = await list({ anon: "1", q: "erik" });
    expect(anon.total).toBe(3);
    const byId = Object.fromEntries(anon.items.map((i) => [i.id, i]));
    expect(byId[ids.it]).toMatchObject({ name: null, university: null });
    expect(byId[ids.short].name).toMatch(/^Sara /);
  });

  it("moves several applications at once and records each move", async () => {
    const result = await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.it, ids.eco], stage: "SCREENING" });
    expect(result).toEqual({ ok: true, data: { moved: 2, skipped: 0 } });
    const moved = await systemDb().application.findMany({ where: { id: { in: [ids.it, ids.eco] } } });
    expect(moved.map((a) => a.stage)).toEqual(["SCREENING", "SCREENING"]);
    const audit = await systemDb().auditEvent.findMany({ where: { consortiumId: t.id, action: "application.stage" } });
    expect(audit.map((a) => a.targetId).sort()).toEqual([ids.it, ids.eco].sort());
  });

  it("moves nothing when one of the applications is a draft", async () => {
    const result = await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.short, ids.draft], stage: "REJECTED" });
    expect(result).toMatchObject({ ok: false, error: "stageLocked" });
    expect((await systemDb().application.findUniqueOrThrow({ where: { id: ids.short } })).stage).toBe("SHORTLISTED");
  });
});
