// The outbox held up against what the fake provider saw: the checks both fault scripts make about
// mail, printed as ✓/✗ lines and counted so the script can exit non-zero.
import pg from "pg";
import type { FakeResend } from "./fake-resend";

export interface Checks {
  check(ok: boolean, text: string): boolean;
  readonly failed: number;
}

export function createChecks(): Checks {
  let failed = 0;
  return {
    check(ok, text) {
      if (!ok) failed++;
      console.log(`   ${ok ? "✓" : "✗"} ${text}`);
      return ok;
    },
    get failed() {
      return failed;
    },
  };
}

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export const listCounts = (counts: Map<string, number>) => [...counts].map(([k, n]) => `${k} ${n}`).join(", ");

export interface OutboxRow {
  id: string;
  to: string;
  status: string;
  attempts: number;
  providerId: string | null;
  lastError: string | null;
}

export async function readOutbox(ownerUrl: string, toLike = "%"): Promise<OutboxRow[]> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query<OutboxRow>(
      `SELECT id, "to", status, attempts, "providerId", "lastError" FROM "OutboxEmail" WHERE "to" LIKE $1 ORDER BY "createdAt"`,
      [toLike],
    );
    return rows;
  } finally {
    await db.end();
  }
}

/**
 * Exactly once, from both ends: every SENT row's recipient got one mail at the fake, whose id the
 * row kept; and the fake saw one POST per claim (attempts), all with the row's own key — so no
 * claim was taken twice and no retry went out under a new key.
 */
export function checkAgainstFake(checks: Checks, rows: OutboxRow[], fake: FakeResend): void {
  const deliveriesTo = countBy(fake.deliveries, (d) => d.to);
  const postsWithKey = countBy(fake.requests, (r) => r.key ?? "(none)");
  const postsTo = countBy(fake.requests, (r) => r.to);
  const sent = rows.filter((r) => r.status === "SENT");
  const idOf = new Map(fake.deliveries.map((d) => [d.key, d.id]));
  const deliveredOnce = sent.filter((r) => deliveriesTo.get(r.to) === 1 && idOf.get(`outbox-${r.id}`) === r.providerId);
  checks.check(
    deliveredOnce.length === sent.length,
    `${deliveredOnce.length} of ${sent.length} sent rows delivered exactly once at the fake, under the provider id the row kept`,
  );
  const postsMatch = rows.filter((r) => postsWithKey.get(`outbox-${r.id}`) === r.attempts && postsTo.get(r.to) === r.attempts);
  checks.check(
    postsMatch.length === rows.length,
    `${postsMatch.length} of ${rows.length} rows: POSTs at the fake = attempts, every one with the key outbox-<id> (${fake.requests.length} POSTs in all)`,
  );
  const spread = [...countBy([...postsWithKey.values()], String)].sort(([a], [b]) => Number(a) - Number(b)).map(([posts, keys]) => `${posts}× ${keys}`);
  console.log(`   idempotency keys by POSTs at the fake: ${spread.join(", ")}`);
}
