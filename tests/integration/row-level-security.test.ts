import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { createTenant, type TenantFixture } from "../support/fixtures";

let a: TenantFixture;
let b: TenantFixture;
let owner: pg.Client;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("rls-a"), createTenant("rls-b")]);
  owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

describe("row-level security, the second wall", () => {
  it("shows no tenant rows to a query without the tenant setting", async () => {
    const db = appDb();
    expect(await db.employer.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.invitation.count()).toBe(0);
    const raw = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Employer"`;
    expect(Number(raw[0].n)).toBe(0);
    // …while the rows are there for the owner.
    const all = await owner.query(`SELECT count(*)::int AS n FROM "Employer" WHERE "consortiumId" IN ($1, $2)`, [a.id, b.id]);
    expect(all.rows[0].n).toBe(2);
  });

  it("shows one consortium's rows only, even when a query forgets to filter", async () => {
    const employers = await withTenant(a.id, null, (tx) => tx.employer.findMany());
    expect(employers.map((e) => e.consortiumId)).toEqual([a.id]);
    const foreign = await withTenant(a.id, null, (tx) => tx.employer.findUnique({ where: { id: b.employerId } }));
    expect(foreign).toBeNull();
  });

  it("refuses to write a row into another consortium", async () => {
    await expect(
      withTenant(a.id, null, (tx) =>
        tx.auditEvent.create({ data: { consortiumId: b.id, action: "x", targetType: "y" } }),
      ),
    ).rejects.toThrow();
    const updated = await withTenant(a.id, null, (tx) =>
      tx.employer.updateMany({ where: { id: b.employerId }, data: { name: "hijacked" } }),
    );
    expect(updated.count).toBe(0);
  });

  it("lets a person see their own memberships across consortia, and no one else's", async () => {
    const mine = await withTenant("", a.users.STEERING.id, (tx) => tx.membership.findMany());
    expect(mine.map((m) => m.userId)).toEqual([a.users.STEERING.id]);
  });

  it("does not leak the setting to the next transaction on the same pool", async () => {
    await withTenant(a.id, a.users.COORDINATOR.id, (tx) => tx.employer.count());
    expect(await appDb().employer.count()).toBe(0);
  });

  it("covers every table with a consortiumId, forced, for an app role that owns nothing", async () => {
    const tables = await owner.query<{ table: string; rls: boolean; forced: boolean; owner: string }>(`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced, pg_get_userbyid(c.relowner) AS owner
        FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE c.relkind = 'r' AND a.attname = 'consortiumId' AND c.relnamespace = 'public'::regnamespace`);
    expect(tables.rows.length).toBeGreaterThanOrEqual(25);
    for (const t of tables.rows) expect({ table: t.table, rls: t.rls, forced: t.forced }).toEqual({ table: t.table, rls: true, forced: true });
    const appUser = new URL(process.env.DATABASE_APP_URL!).username;
    expect(tables.rows.some((t) => t.owner === appUser)).toBe(false);
    const role = await owner.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [appUser]);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it("indexes every tenant table by consortiumId first", async () => {
    const missing = await owner.query<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE c.relkind = 'r' AND a.attname = 'consortiumId' AND c.relnamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum)`);
    expect(missing.rows).toEqual([]);
  });
});
