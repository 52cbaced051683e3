// The two-instance check's look at the timed background jobs: with both instances running them,
// each tick must have run in one of them only (lib/jobs/tick.ts, decision 0040).
import pg from "pg";
import type { Checks } from "./mail-report";

/** The minute jobs, which tick often enough to be seen during a check of a few minutes. */
const MINUTE_JOBS = ["posting-schedule", "interview-reminders"];

export async function checkJobTicks(checks: Checks, ownerUrl: string, since: number): Promise<void> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  const { rows } = await db
    .query<{ job: string; runs: number; claimedBy: string }>(`SELECT job, runs, "claimedBy" FROM "JobTick" ORDER BY job`)
    .finally(() => db.end());
  // Both instances try every job at each of their own ticks (the posting calendar also right at
  // start): without the claim a minute job would have run about twice per minute.
  const minutes = Math.ceil((Date.now() - since) / 60_000);
  for (const job of MINUTE_JOBS) {
    const row = rows.find((r) => r.job === job);
    const runs = row?.runs ?? 0;
    const wanted = job === "posting-schedule" ? runs >= 1 && runs <= minutes + 1 : runs <= minutes + 1;
    checks.check(wanted, `${job}: ran ${runs} time(s) in the ${minutes} minute tick(s) both instances were up (at most one per tick; last by ${row?.claimedBy ?? "–"})`);
  }
}
