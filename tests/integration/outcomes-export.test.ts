import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { loadOutcomeView } from "@/lib/outcomes/service";
import { createApiTokenIn } from "../support/api-tokens";
import { createTenant, createTraineeIn, type TenantFixture } from "../support/fixtures";

// GET /api/c/{slug}/exports/outcomes: each dashboard table as CSV, with the dashboard's filter and
// masking. Called as Next would, by token and by a session whose cookie layer is replaced; the
// route, the permission checks, the metrics and the database are real.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
const { GET } = await import("@/app/api/c/[slug]/exports/outcomes/route");

let t: TenantFixture;
let other: TenantFixture;
let cohortName: string;
let cohortYear: string;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("oexp"), createTenant("oexp-other")]);
  // The running cohort: the fixture's trainee (completed) and five more, so "hired" is 6 while
  // "completed" is 1 — one exact and one masked figure in the same row.
  await systemDb().trainee.update({ where: { id: t.traineeId }, data: { status: "COMPLETED" } });
  for (let i = 0; i < 5; i++) await createTraineeIn({ id: t.id, employerId: t.employerId }, t.cohortId);
  const cohort = await systemDb().cohort.findUniqueOrThrow({ where: { id: t.cohortId } });
  cohortName = cohort.name;
  cohortYear = String(cohort.startDate.getUTCFullYear());
});

async function get(slug: string, query: string, options: { token?: string; as?: CurrentUser | null } = {}) {
  session.user = options.as ?? null;
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const response = await GET(new Request(`http://localhost/api/c/${slug}/exports/outcomes${query}`, { headers }), { params: Promise.resolve({ slug }) });
  // Response.text() would drop the byte-order mark this route must send; keep it.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text };
}

const lines = (text: string) => text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("GET /api/c/{slug}/exports/outcomes", () => {
  it("gives the steering group '<5' and no share where the dashboard hides them", async () => {
    const { status, headers, text } = await get(t.slug, `?table=outcomeTrend&cohort=${t.cohortId}&locale=en`, { as: t.users.STEERING });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("cache-control")).toContain("no-store");
    expect(text.startsWith("\uFEFFCohort,Start year,Hired,Completed: yes,Completed: known,Completed: share (%),")).toBe(true);
    const [, row] = lines(text);
    expect(row.split(",").slice(0, 6)).toEqual([cohortName, cohortYear, "6", "<5", "<5", ""]);
  });

  it("gives the coordinator and an API token made for exact figures the exact figures", async () => {
    const { token } = await createApiTokenIn(t.id, { exact: true });
    for (const options of [{ as: t.users.COORDINATOR }, { token }]) {
      const { status, text } = await get(t.slug, `?table=outcomeTrend&cohort=${t.cohortId}&locale=en`, options);
      expect(status).toBe(200);
      expect(lines(text)[1].split(",").slice(2, 6)).toEqual(["6", "1", "1", "100"]);
    }
  });

  it("writes headers in the consortium's language by default, with ';' for Swedish spreadsheets", async () => {
    const { status, headers, text } = await get(t.slug, `?table=gender&cohort=${t.cohortId}`, { as: t.users.COORDINATOR });
    expect(status).toBe(200);
    expect(lines(text)[0]).toBe("Kön;Traineer;Andel (%)");
    expect(headers.get("content-disposition")).toContain(`outcomes-gender-${t.slug}-`);
  });

  it("filters by years like the dashboard, and shows nothing of years without cohorts", async () => {
    const all = await get(t.slug, "?table=funnel&locale=en", { as: t.users.COORDINATOR });
    // Both of createTenant's cohorts and the total row.
    expect(lines(all.text)).toHaveLength(4);
    const none = await get(t.slug, "?table=funnel&from=1999&to=2000&locale=en", { as: t.users.COORDINATOR });
    expect(lines(none.text)).toEqual(["Cohort,Start year,Applicants,Places,Applicants per place,From outside the region,Share from outside (%),Interviewed,Offered,Hired"]);
  });

  it("answers an unknown table with 400 and another consortium's cohort with 404, translated", async () => {
    const bad = await get(t.slug, "?table=salaries&locale=en", { as: t.users.COORDINATOR });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: "validation" });
    const foreign = await get(t.slug, `?table=funnel&cohort=${other.cohortId}`, { as: t.users.COORDINATOR });
    expect(foreign.status).toBe(404);
    expect(JSON.parse(foreign.text)).toEqual({ error: "cohortUnknown", message: "Det finns ingen kull med det namnet." });
  });

  it("refuses roles without metrics.read (404), nobody signed in (401) and another consortium's members", async () => {
    for (const role of ["EMPLOYER", "APPLICANT", "TRAINEE"] as const) {
      expect((await get(t.slug, "?table=funnel", { as: t.users[role] })).status).toBe(404);
    }
    expect((await get(t.slug, "?table=funnel")).status).toBe(401);
    expect((await get(t.slug, "?table=funnel", { as: other.users.STEERING })).status).toBe(404);
    const foreignToken = await createApiTokenIn(other.id);
    expect((await get(t.slug, "?table=funnel", { token: foreignToken.token })).status).toBe(401);
  });
});

describe("loadOutcomeView", () => {
  it("lists every cohort for the filter, newest first, and refuses a cohort of another consortium", async () => {
    const view = await withTenant(t.id, t.users.COORDINATOR.id, (tx) => loadOutcomeView(tx, t.id, { cohortId: t.cohortId }));
    expect(view.cohort?.id).toBe(t.cohortId);
    expect(view.cohorts.map((c) => c.name)).toEqual(["2027/28", cohortName]);
    expect(view.report.cohorts.map((c) => c.cohortId)).toEqual([t.cohortId]);
    await expect(withTenant(t.id, t.users.COORDINATOR.id, (tx) => loadOutcomeView(tx, t.id, { cohortId: other.cohortId }))).rejects.toMatchObject({ code: "cohortUnknown" });
  });
});
