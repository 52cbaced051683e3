import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { systemDb } from "@/lib/db/client";
import { createApiTokenIn } from "../support/api-tokens";
import { createTenant, type TenantFixture } from "../support/fixtures";

// GET /api/c/{slug}/metrics, called directly as Next would: by token, and by a session whose
// cookie layer is replaced (the route, the permission check and the database are real).
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
const { GET } = await import("@/app/api/c/[slug]/metrics/route");

let t: TenantFixture;
let other: TenantFixture;
let running: string;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("mapi"), createTenant("mapi-other")]);
  // The running cohort's one trainee has completed: 1 of 1, a count the steering group sees as "<5".
  await systemDb().trainee.update({ where: { id: t.traineeId }, data: { status: "COMPLETED" } });
  running = (await systemDb().cohort.findUniqueOrThrow({ where: { id: t.cohortId } })).name;
});

async function get(slug: string, options: { token?: string; as?: CurrentUser | null; query?: string } = {}) {
  session.user = options.as ?? null;
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const response = await GET(new Request(`http://localhost/api/c/${slug}/metrics${options.query ?? ""}`, { headers }), { params: Promise.resolve({ slug }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

describe("GET /api/c/{slug}/metrics", () => {
  it("answers a token with exact figures of every cohort by name", async () => {
    const { token } = await createApiTokenIn(t.id, { exact: true });
    const { status, headers, body } = await get(t.slug, { token });
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toContain("no-store");
    expect(body).toMatchObject({ consortium: { slug: t.slug, name: "Test mapi" }, exact: true });
    expect(new Date(body.generatedAt).toString()).not.toBe("Invalid Date");
    expect(Object.keys(body)).toEqual(["consortium", "generatedAt", "exact", "cohorts", "total", "members"]);
    // createTenant: the running cohort (started three months ago) and the recruiting "2027/28", oldest first.
    expect(body.cohorts.map((c: { name: string }) => c.name)).toEqual([running, "2027/28"]);
    const [cohort] = body.cohorts;
    expect(Object.keys(cohort)).toEqual(["name", "startDate", "endDate", "imported", "funnel", "heardFrom", "who", "outcomes"]);
    expect(cohort.funnel.hired).toBe(1);
    expect(cohort.outcomes.completed).toEqual({ count: 1, known: 1, share: 1 });
    expect(cohort.outcomes.inRegion1y).toEqual({ count: 0, known: 0, share: null });
    expect(body.total.funnel.hired).toBe(1);
    expect(body.members.employers).toEqual([{ name: "Employer mapi", trainees: 1 }]);
  });

  it("answers one cohort by name", async () => {
    const { token } = await createApiTokenIn(t.id);
    const { status, body } = await get(t.slug, { token, query: `?cohort=${encodeURIComponent("2027/28")}` });
    expect(status).toBe(200);
    expect(body.cohorts.map((c: { name: string }) => c.name)).toEqual(["2027/28"]);
    expect(body.total.funnel).toEqual(body.cohorts[0].funnel);
    expect(body.total.funnel).toMatchObject({ applicants: 0, places: 0, hired: 0 });
  });

  it("answers an unknown cohort name with 404 cohortUnknown, translated", async () => {
    const { token } = await createApiTokenIn(t.id);
    const sv = await get(t.slug, { token, query: "?cohort=Trainee%201999" });
    expect(sv).toMatchObject({ status: 404, body: { error: "cohortUnknown", message: "Det finns ingen kull med det namnet." } });
    const en = await get(t.slug, { token, query: "?cohort=Trainee%201999&locale=en" });
    expect(en.body).toEqual({ error: "cohortUnknown", message: "There is no cohort with that name." });
    // Another consortium's cohort name is just as unknown here.
    const foreign = await systemDb().cohort.findUniqueOrThrow({ where: { id: other.cohortId } });
    expect((await get(t.slug, { token, query: `?cohort=${encodeURIComponent(foreign.name)}` })).status).toBe(404);
  });

  it("refuses a revoked token, another consortium's token and no credentials with 401", async () => {
    const revoked = await createApiTokenIn(t.id, { revoked: true });
    const foreign = await createApiTokenIn(other.id);
    for (const token of [revoked.token, foreign.token]) {
      const { status, body } = await get(t.slug, { token });
      expect(status).toBe(401);
      expect(body).toMatchObject({ error: "tokenInvalid", message: expect.any(String) });
    }
    const nobody = await get(t.slug);
    expect(nobody.status).toBe(401);
    expect(nobody.body).toMatchObject({ error: "apiUnauthenticated" });
  });

  it("masks counts from 1 to 4 for a steering member and keeps them exact for a coordinator", async () => {
    const steering = await get(t.slug, { as: t.users.STEERING });
    expect(steering.status).toBe(200);
    expect(steering.body.exact).toBe(false);
    const [cohort] = steering.body.cohorts;
    expect(cohort.funnel.hired).toBe("<5");
    expect(cohort.outcomes.completed).toEqual({ count: "<5", known: "<5", share: null });
    expect(cohort.outcomes.droppedOut).toEqual({ count: 0, known: "<5", share: null });
    expect(cohort.who.gender).toEqual([{ key: "UNDISCLOSED", count: "<5" }]);
    // No employer by name with "<5": how many employers hosted how many trainees (employers are not people).
    expect(steering.body.members.employers).toBeUndefined();
    expect(steering.body.members.employerBands).toEqual([
      { band: "1", employers: 1 },
      { band: "2-4", employers: 0 },
      { band: "5-9", employers: 0 },
      { band: "10+", employers: 0 },
    ]);
    expect(JSON.stringify(steering.body)).not.toMatch(/"count":[1-4],/);

    const coordinator = await get(t.slug, { as: t.users.COORDINATOR });
    expect(coordinator.body.exact).toBe(true);
    expect(coordinator.body.cohorts[0].outcomes.completed).toEqual({ count: 1, known: 1, share: 1 });
  });

  it("is not found for roles without metrics.read and for another consortium's members", async () => {
    for (const role of ["EMPLOYER", "APPLICANT", "TRAINEE"] as const) {
      expect((await get(t.slug, { as: t.users[role] })).status).toBe(404);
    }
    expect((await get(t.slug, { as: other.users.COORDINATOR })).status).toBe(404);
  });
});
