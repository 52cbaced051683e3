import { describe, expect, it } from "vitest";
import { createConsortiumAction } from "@/lib/consortia/actions";
import { listMyMemberships } from "@/lib/consortia/service";
import { systemDb } from "@/lib/db/client";
import { createEmployerAction, updateEmployerAction } from "@/lib/members/actions";
import { employerInput } from "../support/authorization";
import { createTenant, createUser, uniqueSlug } from "../support/fixtures";

describe("creating a consortium", () => {
  it("makes the creator its coordinator, with the country's time zone", async () => {
    const user = await createUser("founder");
    const slug = uniqueSlug("innlandet");
    const result = await createConsortiumAction.runAs(user, { name: "Trainee Innlandet", slug, country: "NO", currency: "NOK", defaultLocale: "nb" });
    expect(result).toEqual({ ok: true, data: { slug } });
    const mine = await listMyMemberships(user.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ role: "COORDINATOR", consortium: { slug, timeZone: "Europe/Oslo", currency: "NOK" } });
  });

  it("reports a taken web address on its field and creates nothing", async () => {
    const t = await createTenant("taken");
    const user = await createUser("second");
    const result = await createConsortiumAction.runAs(user, { name: "Copy", slug: t.slug, country: "SE", currency: "SEK", defaultLocale: "sv" });
    expect(result).toMatchObject({ ok: false, error: "slugTaken", fieldErrors: { slug: "validation.slugTaken" } });
    expect(await listMyMemberships(user.id)).toHaveLength(0);
  });

  it("lists a person's memberships in several consortia", async () => {
    const [a, b] = await Promise.all([createTenant("multi-a"), createTenant("multi-b")]);
    await systemDb().membership.create({ data: { consortiumId: b.id, userId: a.users.COORDINATOR.id, role: "STEERING" } });
    const mine = await listMyMemberships(a.users.COORDINATOR.id);
    expect(mine.map((m) => [m.consortium.slug, m.role]).sort()).toEqual([[a.slug, "COORDINATOR"], [b.slug, "STEERING"]].sort());
  });
});

describe("member employers", () => {
  it("stores a normalised organisation number and refuses a duplicate with a field error", async () => {
    const t = await createTenant("employers");
    const input = { ...employerInput(), orgNumber: "5566778899" };
    const created = await createEmployerAction.runAs(t.users.COORDINATOR, t.slug, input);
    expect(created.ok).toBe(true);
    const stored = await systemDb().employer.findFirstOrThrow({ where: { consortiumId: t.id, orgNumber: "556677-8899" } });
    expect(stored.name).toBe(input.name);
    const duplicate = await createEmployerAction.runAs(t.users.COORDINATOR, t.slug, { ...input, name: "Other" });
    expect(duplicate).toMatchObject({ ok: false, error: "orgNumberTaken", fieldErrors: { orgNumber: "validation.orgNumberTaken" } });
    expect(await systemDb().employer.count({ where: { consortiumId: t.id } })).toBe(2);
  });

  it("rejects bad input with field keys and writes nothing", async () => {
    const t = await createTenant("bad-input");
    const result = await createEmployerAction.runAs(t.users.COORDINATOR, t.slug, { ...employerInput(), name: "", website: "javascript:alert(1)" });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { name: "validation.required", website: "validation.url" } });
    expect(await systemDb().employer.count({ where: { consortiumId: t.id } })).toBe(1);
  });

  it("keeps text as typed, markup included, to be escaped where shown", async () => {
    const t = await createTenant("markup");
    const name = `<script>alert("x")</script> AB`;
    const result = await updateEmployerAction.runAs(t.users.COORDINATOR, t.slug, { ...employerInput(), id: t.employerId, name, status: "LEFT" });
    expect(result.ok).toBe(true);
    const stored = await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } });
    expect(stored.name).toBe(name);
    expect(stored.memberUntil).not.toBeNull();
  });
});
