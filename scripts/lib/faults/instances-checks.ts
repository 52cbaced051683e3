// What the two-instance run checks besides the rush's own counts: that one session works on every
// instance, and that the outbox drains.
import pg from "pg";
import { RUSH_DOMAIN } from "../bench/rush-data";
import type { Checks } from "./mail-report";

async function query<T extends pg.QueryResultRow>(ownerUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    return (await db.query<T>(sql, values)).rows;
  } finally {
    await db.end();
  }
}

/**
 * A rush applicant's session cookie, sent straight to each instance (past HAProxy), must get
 * their own signed-in page from every one; without it each must send the visitor to sign in.
 */
export async function checkSessions(checks: Checks, ownerUrl: string, instances: { label: string; url: string }[]): Promise<void> {
  const [who] = await query<{ token: string; email: string; slug: string; locale: string }>(
    ownerUrl,
    `SELECT s."sessionToken" AS token, u.email, co.slug, co."defaultLocale" AS locale
       FROM "Session" s JOIN "User" u ON u.id = s."userId"
       JOIN "Membership" m ON m."userId" = u.id JOIN "Consortium" co ON co.id = m."consortiumId"
      WHERE u.email LIKE $1 ORDER BY u.email LIMIT 1`,
    [`%@${RUSH_DOMAIN}`],
  );
  if (!checks.check(Boolean(who), "a rush applicant with a session to try")) return;
  const page = `/${who.locale}/c/${who.slug}/me`;
  for (const instance of instances) {
    const signedIn = await fetch(`${instance.url}${page}`, { headers: { cookie: `authjs.session-token=${who.token}` }, redirect: "manual" });
    const body = await signedIn.text();
    const anonymous = await fetch(`${instance.url}${page}`, { redirect: "manual" });
    const toSignIn = anonymous.status >= 300 && anonymous.status < 400 && (anonymous.headers.get("location") ?? "").includes("/sign-in");
    checks.check(
      signedIn.status === 200 && body.includes(who.email) && toSignIn,
      `instance ${instance.label}: ${page} with ${who.email}'s cookie → ${signedIn.status}${body.includes(who.email) ? " (their page)" : ""}; without → ${anonymous.status} to sign-in`,
    );
  }
}

/** Waits until nothing is PENDING in the outbox (the instances' workers run every 3 s). */
export async function waitForOutbox(ownerUrl: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const [{ n }] = await query<{ n: string }>(ownerUrl, `SELECT count(*) AS n FROM "OutboxEmail" WHERE status = 'PENDING'`);
    const waited = performance.now() - started;
    if (Number(n) === 0 || waited > timeoutMs) return waited;
    await new Promise((r) => setTimeout(r, 250));
  }
}
