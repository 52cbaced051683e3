import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";
import { claimTick } from "@/lib/jobs/tick";

// With one server process per core, each timed job must run once per tick across all of them
// (decision 0040), and migrations must hold through PgBouncer in transaction mode.
const HOUR_MS = 3_600_000;

async function tickRow(job: string) {
  return systemDb().jobTick.findUniqueOrThrow({ where: { job } });
}

describe("job ticks", () => {
  it("lets exactly one of many simultaneous claimants run a tick", async () => {
    const job = `test-${randomUUID().slice(0, 8)}`;
    const claims = await Promise.all(Array.from({ length: 12 }, () => claimTick(job, HOUR_MS)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimTick(job, HOUR_MS)).toBe(false);
    const row = await tickRow(job);
    expect(row.runs).toBe(1);
    expect(Number(row.tick)).toBe(Math.floor(Date.now() / HOUR_MS));
    expect(row.claimedBy).toContain(`:${process.pid}`);
  });

  it("runs the next tick again, once", async () => {
    const job = `test-${randomUUID().slice(0, 8)}`;
    const interval = 1000;
    expect(await claimTick(job, interval)).toBe(true);
    const first = Number((await tickRow(job)).tick);
    // Just past the next tick boundary (the database runs on this machine's clock), so that the
    // claims below all fall into one tick.
    await new Promise((r) => setTimeout(r, interval - (Date.now() % interval) + 100));
    const next = await Promise.all(Array.from({ length: 6 }, () => claimTick(job, interval)));
    expect(next.filter(Boolean)).toHaveLength(1);
    const row = await tickRow(job);
    expect(Number(row.tick)).toBeGreaterThan(first);
    expect(row.runs).toBe(2);
  });

  it("keeps each job's ticks apart", async () => {
    const [a, b] = [`test-${randomUUID().slice(0, 8)}`, `test-${randomUUID().slice(0, 8)}`];
    expect(await Promise.all([claimTick(a, HOUR_MS), claimTick(b, HOUR_MS)])).toEqual([true, true]);
  });
});

describe("migrations with a transaction-level lock", () => {
  it("applies each migration once when two runners start together, and nothing the second time", async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const database = `kohort_migrate_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${database}`);
      const own = new URL(server);
      own.pathname = `/${database}`;
      const [first, second] = await Promise.all([applyMigrations(own.toString()), applyMigrations(own.toString())]);
      const all = (await listMigrations()).map((m) => m.name);
      expect([...first, ...second].sort()).toEqual([...all].sort());
      expect(await applyMigrations(own.toString())).toEqual([]);
      const check = new pg.Client({ connectionString: own.toString() });
      await check.connect();
      const { rows } = await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`).finally(() => check.end());
      expect(rows[0].n).toBe(all.length);
      // The lock is released with each transaction: nothing is held once the runners are done.
      const held = await admin.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`);
      expect(held.rows[0].n).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  });
});
