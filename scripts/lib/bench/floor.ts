// The SQL floor: the data of a page fetched by hand-written SQL through `pg`, as the app's own
// role (row-level security on) in one transaction with the tenant set transaction-locally, the way
// lib/db/tenant.ts does it. What a perfect implementation would pay for the page's data, without
// rendering, framework or ORM: the page's time is judged against it.
import pg from "pg";
import type { BenchConsortium, BenchRole } from "./fixtures";
import { percentile } from "./stats";

/** One request's data, on a client already inside the tenant's transaction. */
export type FloorQuery = (db: pg.PoolClient, c: BenchConsortium, n: number) => Promise<unknown>;

export interface FloorFigures {
  runs: number;
  p50: number;
  p95: number;
  /** The statements that took most of the floor's time, with their mean time per run. */
  heaviest: { sql: string; meanMs: number; share: number }[];
}

/** The client with every statement's time added up by its text (the first 100 characters). */
function timeStatements(db: pg.PoolClient, spent: Map<string, number>): pg.PoolClient {
  return new Proxy(db, {
    get(target, property) {
      if (property !== "query") return Reflect.get(target, property);
      return async (text: string, values?: unknown[]) => {
        const started = performance.now();
        const result = await target.query(text, values);
        const key = text.replace(/\s+/g, " ").trim().slice(0, 100);
        spent.set(key, (spent.get(key) ?? 0) + performance.now() - started);
        return result;
      };
    },
  });
}

const WARM_UP = 20;

/** The signed-in person, the consortium of the URL and their membership: what every signed-in page needs first. */
export async function whoIsAsking(db: pg.PoolClient, c: BenchConsortium, role: BenchRole) {
  const { rows } = await db.query<{ userId: string; employerId: string | null }>(
    `SELECT u.id AS "userId", u.email, u.name, k.id AS "consortiumId", k.name AS "consortiumName", k."timeZone", k.currency,
            m.role, m."employerId", e.name AS "employerName"
       FROM "Session" s
       JOIN "User" u ON u.id = s."userId"
       JOIN "Consortium" k ON k.slug = $2
       JOIN "Membership" m ON m."consortiumId" = k.id AND m."userId" = u.id
       LEFT JOIN "Employer" e ON e.id = m."employerId" AND e."consortiumId" = k.id
      WHERE s."sessionToken" = $1 AND s.expires > now()`,
    [c.sessions[role]!.token, c.slug],
  );
  if (!rows[0]) throw new Error(`floor: no session for ${role} in ${c.slug}`);
  return rows[0];
}

/**
 * `runs` requests' data one after another (after a warm-up), spread over the consortia like the
 * virtual users; the tenant and the person are set as the app sets them.
 */
export async function timeFloor(appDbUrl: string, consortia: BenchConsortium[], role: BenchRole | null, query: FloorQuery, runs: number): Promise<FloorFigures> {
  const pool = new pg.Pool({ connectionString: appDbUrl, max: 1 });
  const db = await pool.connect();
  const spent = new Map<string, number>();
  const measured = timeStatements(db, spent);
  const once = async (n: number) => {
    const c = consortia[n % consortia.length];
    await db.query("BEGIN");
    try {
      await db.query(`SELECT set_config('app.consortium_id', $1, true), set_config('app.user_id', $2, true)`, [c.id, role ? c.sessions[role]!.userId : ""]);
      await query(measured, c, Math.floor(n / consortia.length));
      await db.query("COMMIT");
    } catch (error) {
      await db.query("ROLLBACK");
      throw error;
    }
  };
  try {
    for (let n = 0; n < WARM_UP; n++) await once(n);
    spent.clear();
    const ms: number[] = [];
    for (let n = 0; n < runs; n++) {
      const started = performance.now();
      await once(n);
      ms.push(performance.now() - started);
    }
    ms.sort((a, b) => a - b);
    const total = ms.reduce((sum, t) => sum + t, 0);
    const heaviest = [...spent]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([sql, t]) => ({ sql, meanMs: t / runs, share: t / total }));
    return { runs, p50: percentile(ms, 50), p95: percentile(ms, 95), heaviest };
  } finally {
    db.release();
    await pool.end();
  }
}
