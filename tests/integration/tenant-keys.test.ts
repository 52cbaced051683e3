import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withScope, withTenant } from "@/lib/db/tenant";
import { createTenant, type TenantFixture } from "../support/fixtures";

// The database's own wall, as the app role kohort_app (docs/decisions/0038-tenant-foreign-keys.md):
// what the services never do must be refused by PostgreSQL too.

let varmland: TenantFixture;
let innlandet: TenantFixture;
let owner: pg.Client;

beforeAll(async () => {
  [varmland, innlandet] = await Promise.all([createTenant("keys-se"), createTenant("keys-no")]);
  owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

const FOREIGN_KEY_VIOLATION = { code: "P2003" };

describe("a row of one consortium cannot point into another", () => {
  it("refuses a placement of Värmland at an Innlandet employer, inserted or moved there", async () => {
    const insert = withTenant(varmland.id, null, (tx) =>
      tx.placement.create({
        data: { consortiumId: varmland.id, traineeId: varmland.traineeId, employerId: innlandet.employerId, startDate: new Date("2030-01-01"), endDate: new Date("2030-06-30") },
      }),
    );
    await expect(insert).rejects.toMatchObject(FOREIGN_KEY_VIOLATION);
    const move = withTenant(varmland.id, null, (tx) =>
      tx.placement.updateMany({ where: { consortiumId: varmland.id, traineeId: varmland.traineeId }, data: { employerId: innlandet.employerId } }),
    );
    await expect(move).rejects.toMatchObject(FOREIGN_KEY_VIOLATION);
    const own = await withTenant(varmland.id, null, (tx) => tx.placement.findMany({ where: { traineeId: varmland.traineeId }, select: { employerId: true } }));
    expect(own.map((p) => p.employerId)).toEqual([varmland.employerId]);
  });

  it("refuses an application to another consortium's campaign, and a membership at another's employer", async () => {
    const membership = withTenant(varmland.id, null, (tx) =>
      tx.membership.update({ where: { id: varmland.membershipIds.EMPLOYER }, data: { employerId: innlandet.employerId } }),
    );
    await expect(membership).rejects.toMatchObject(FOREIGN_KEY_VIOLATION);
    const cohort = withTenant(varmland.id, null, (tx) => tx.campaign.update({ where: { id: varmland.campaignId }, data: { cohortId: innlandet.cohortId } }));
    await expect(cohort).rejects.toMatchObject(FOREIGN_KEY_VIOLATION);
  });

  it("every key between two tenant tables stays inside one consortium (new tables included)", async () => {
    const loose = await owner.query<{ key: string }>(`
      SELECT c.conname AS key FROM pg_constraint c
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND array_length(c.conkey, 1) = 1
         AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.conrelid AND attname = 'consortiumId')
         AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.confrelid AND attname = 'consortiumId')
         AND NOT EXISTS (
           SELECT 1 FROM pg_constraint t
            WHERE t.contype = 'f' AND t.conrelid = c.conrelid AND t.confrelid = c.confrelid
              AND t.conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = c.conrelid AND attname = 'consortiumId'), c.conkey[1]]
              AND t.confkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = c.confrelid AND attname = 'consortiumId'), c.confkey[1]])`);
    // A migration that adds a tenant table ends with: SELECT app_add_tenant_foreign_keys();
    expect(loose.rows.map((r) => r.key)).toEqual([]);
    const composite = await owner.query(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conname LIKE '%\\_tenant\\_fkey'`);
    expect(composite.rows[0].n).toBeGreaterThanOrEqual(35);
  });
});

describe("memberships, per command", () => {
  it("lets a person read their own memberships everywhere, but change or delete them only inside their consortium", async () => {
    const person = innlandet.users.STEERING;
    const mine = await withScope({ consortiumId: varmland.id, userId: person.id }, (tx) => tx.membership.findMany({ where: { userId: person.id } }));
    expect(mine.map((m) => m.consortiumId)).toEqual([innlandet.id]);
    // Inside Värmland, with the person's own id set, their Innlandet membership cannot be touched.
    const deleted = await withScope({ consortiumId: varmland.id, userId: person.id }, (tx) => tx.membership.deleteMany({ where: { userId: person.id } }));
    expect(deleted.count).toBe(0);
    const changed = await withScope({ consortiumId: varmland.id, userId: person.id }, (tx) =>
      tx.membership.updateMany({ where: { userId: person.id }, data: { role: "COORDINATOR" } }),
    );
    expect(changed.count).toBe(0);
    const withoutTenant = await withScope({ userId: person.id }, (tx) => tx.membership.deleteMany({ where: { userId: person.id } }));
    expect(withoutTenant.count).toBe(0);
    const still = await owner.query(`SELECT role FROM "Membership" WHERE "userId" = $1`, [person.id]);
    expect(still.rows).toEqual([{ role: "STEERING" }]);
  });

  it("still lets the consortium's own path change and remove its memberships", async () => {
    const removed = await withTenant(innlandet.id, innlandet.users.COORDINATOR.id, (tx) =>
      tx.membership.deleteMany({ where: { consortiumId: innlandet.id, userId: innlandet.users.APPLICANT.id } }),
    );
    expect(removed.count).toBe(1);
  });
});
