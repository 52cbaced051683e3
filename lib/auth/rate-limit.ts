import { appDb } from "../db/client";
import { TRANSACTION_LIMITS } from "../db/tenant";

/**
 * Counts one hit for `key` in `bucket` and says whether it stays within `limit` per window.
 * Kept in PostgreSQL so that every app instance shares the count. The count and the insert run
 * under a transaction-level advisory lock on the key, so hits arriving at the same moment (on one
 * instance or several) queue instead of all reading the same count and all passing.
 */
export async function hitRateLimit(bucket: string, key: string, limit: number, windowMs: number) {
  const since = new Date(Date.now() - windowMs);
  const allowed = await appDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate-limit:${bucket}:${key}`}, 0))`;
    const recent = await tx.rateLimitHit.count({ where: { bucket, key, createdAt: { gte: since } } });
    if (recent >= limit) return false;
    await tx.rateLimitHit.create({ data: { bucket, key } });
    return true;
  }, TRANSACTION_LIMITS);
  // Per bucket: buckets have windows of different lengths (15 minutes, a day).
  if (allowed && Math.random() < 0.01) await appDb().rateLimitHit.deleteMany({ where: { bucket, createdAt: { lt: since } } });
  return allowed;
}
