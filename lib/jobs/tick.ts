import { hostname } from "node:os";
import { systemDb } from "../db/client";

/** Who claimed a tick, for whoever reads the JobTick table. */
const CLAIMANT = `${hostname()}:${process.pid}`;

/**
 * Claims the current tick of `job` for this process: the tick is the number of whole `intervalMs`
 * since the epoch by the database's clock, so every process agrees on it whatever its own clock
 * says. True when this process is the one to run the job now.
 *
 * One statement, safe through PgBouncer in transaction mode: the first claim inserts the job's row;
 * later ones move its tick forward only while it is behind. PostgreSQL takes the row's lock for the
 * conflicting update, so of any number of processes asking for the same tick exactly one gets a
 * row back; the others find the tick already taken. A process that dies after claiming loses that
 * tick's run; the jobs are idempotent and the next tick does the work.
 */
export async function claimTick(job: string, intervalMs: number): Promise<boolean> {
  const claimed = await systemDb().$queryRaw<{ job: string }[]>`
    INSERT INTO "JobTick" (job, tick, "claimedBy")
    VALUES (${job}, floor(extract(epoch FROM clock_timestamp()) * 1000 / ${intervalMs}::int)::bigint, ${CLAIMANT})
    ON CONFLICT (job) DO UPDATE
       SET tick = EXCLUDED.tick, runs = "JobTick".runs + 1, "claimedAt" = now(), "claimedBy" = EXCLUDED."claimedBy"
     WHERE "JobTick".tick < EXCLUDED.tick
    RETURNING job`;
  return claimed.length === 1;
}
