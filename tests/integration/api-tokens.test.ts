import { beforeAll, describe, expect, it } from "vitest";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { listApiTokens } from "@/lib/api-tokens/service";
import { hashApiToken } from "@/lib/api-tokens/token";
import { resolveApiAccess, type ApiAccess } from "@/lib/auth/api-access";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { apiRoute } from "@/lib/server/api-route";
import { AppError } from "@/lib/server/errors";
import { createApiTokenIn } from "../support/api-tokens";
import { createTenant, type TenantFixture } from "../support/fixtures";

// Read-only API tokens: shown once, stored hashed, last use recorded, revocable, bound to one consortium.
const db = systemDb();
let t: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("tok"), createTenant("tok-other")]);
});

const bearer = (slug: string, token: string, query = "") =>
  new Request(`http://localhost/api/c/${slug}/metrics${query}`, { headers: { authorization: `Bearer ${token}` } });

async function access(slug: string, token: string, permission: "metrics.read" | "fees.manage" = "metrics.read") {
  return resolveApiAccess(bearer(slug, token), slug, permission);
}

describe("creating a token", () => {
  it("returns the token once and stores only its SHA-256 and last four characters", async () => {
    const result = await createApiTokenAction.runAs(t.users.COORDINATOR, t.slug, { name: "Region BI" });
    if (!result.ok) throw new Error(result.error);
    const { id, token } = result.data;
    expect(token).toMatch(/^kohort_[\w-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice("kohort_".length));
    expect(row).toMatchObject({ consortiumId: t.id, name: "Region BI", lastFour: token.slice(-4), createdById: t.users.COORDINATOR.id, revokedAt: null });
    const listed = await withTenant(t.id, null, (tx) => listApiTokens(tx, t.id));
    expect(listed.find((x) => x.id === id)).not.toHaveProperty("tokenHash");
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "apiToken.create", targetId: id } })).toBe(1);
  });

  it("refuses an empty name with a translated field error and writes nothing", async () => {
    const before = await db.apiToken.count({ where: { consortiumId: t.id } });
    const result = await createApiTokenAction.runAs(t.users.COORDINATOR, t.slug, { name: "  " });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { name: "validation.required" } });
    expect(await db.apiToken.count({ where: { consortiumId: t.id } })).toBe(before);
  });
});

describe("using a token", () => {
  it("grants read-only access to its own consortium and records the last use at most once a minute", async () => {
    const { id, token } = await createApiTokenIn(t.id);
    const granted = (await access(t.slug, token)) as ApiAccess;
    expect(granted).not.toBeInstanceOf(Response);
    expect(granted).toMatchObject({ consortium: { id: t.id }, userId: null, tokenId: id });
    // Small counts stay hidden unless the token was made for exact figures.
    expect(granted.can("metrics.exact")).toBe(false);
    expect(granted.can("fees.read")).toBe(true);
    expect(granted.can("fees.manage")).toBe(false);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await access(t.slug, token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
  });

  it("sees exact figures only when created for them", async () => {
    const created = await createApiTokenAction.runAs(t.users.COORDINATOR, t.slug, { name: "Exact BI", exact: true });
    if (!created.ok) throw new Error(created.error);
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ exact: true });
    const granted = (await access(t.slug, created.data.token)) as ApiAccess;
    expect(granted.can("metrics.exact")).toBe(true);
  });

  it("answers 403 for what a token may never do", async () => {
    const { token } = await createApiTokenIn(t.id);
    const refused = (await access(t.slug, token, "fees.manage")) as Response;
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "tokenReadOnly", message: "API-nycklar kan bara läsa resultatmått och exporter." });
  });

  it.each([
    ["a revoked token", async () => (await createApiTokenIn(t.id, { revoked: true })).token, () => t.slug],
    ["another consortium's token", async () => (await createApiTokenIn(other.id)).token, () => t.slug],
    ["a made-up token", async () => "kohort_not-a-token", () => t.slug],
    ["an unknown consortium", async () => (await createApiTokenIn(t.id)).token, () => "no-such-consortium"],
  ])("answers 401 for %s", async (_case, token, slug) => {
    const refused = (await access(slug(), await token())) as Response;
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain("invalid_token");
    expect(await refused.json()).toMatchObject({ error: "tokenInvalid", message: expect.stringContaining("API-nyckeln") });
  });
});

describe("revoking a token", () => {
  it("stops the token at once and is audited", async () => {
    const { id, token } = await createApiTokenIn(t.id);
    const result = await revokeApiTokenAction.runAs(t.users.COORDINATOR, t.slug, { id });
    expect(result.ok).toBe(true);
    expect(((await access(t.slug, token)) as Response).status).toBe(401);
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "apiToken.revoke", targetId: id } })).toBe(1);
  });

  it("cannot reach another consortium's token: not found, nothing changed", async () => {
    const foreign = await createApiTokenIn(other.id);
    const result = await revokeApiTokenAction.runAs(t.users.COORDINATOR, t.slug, { id: foreign.id });
    expect(result).toMatchObject({ ok: false, error: "notFound" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: foreign.id } })).revokedAt).toBeNull();
  });
});

describe("apiRoute", () => {
  it("answers an expected failure as JSON with the message in the asked or the consortium's language", async () => {
    const { token } = await createApiTokenIn(t.id);
    const fail = async () => {
      throw new AppError("cohortUnknown");
    };
    const sv = await apiRoute(bearer(t.slug, token), t.slug, "metrics.read", fail);
    expect(sv.status).toBe(404);
    expect(await sv.json()).toEqual({ error: "cohortUnknown", message: "Det finns ingen kull med det namnet." });
    const en = await apiRoute(bearer(t.slug, token, "?locale=en"), t.slug, "metrics.read", fail);
    expect((await en.json()).message).toBe("There is no cohort with that name.");
  });

  it("never sends an unexpected error's details, only a reference", async () => {
    const { token } = await createApiTokenIn(t.id);
    const response = await apiRoute(bearer(t.slug, token), t.slug, "metrics.read", async () => {
      throw new Error("secret database detail");
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret database detail");
    expect(JSON.parse(text)).toMatchObject({ error: "unexpected", reference: expect.any(String) });
  });

  it("runs the handler inside the token's consortium only", async () => {
    const { token } = await createApiTokenIn(t.id);
    const response = await apiRoute(bearer(t.slug, token), t.slug, "metrics.read", async (_access, tx) =>
      Response.json({ cohorts: await tx.cohort.count() }),
    );
    expect(await response.json()).toEqual({ cohorts: await db.cohort.count({ where: { consortiumId: t.id } }) });
  });
});
