import { appDb } from "../db/client";

/**
 * Counts one hit for `key` in `bucket` and says whether it stays within `limit` per window.
 * Kept in PostgreSQL so that every app instance shares the count.
 */
export async function hitRateLimit(bucket: string, key: string, limit: number, windowMs: number) {
  const db = appDb();
  const since = new Date(Date.now() - windowMs);
  const recent = await db.rateLimitHit.count({ where: { bucket, key, createdAt: { gte: since } } });
  if (recent >= limit) return false;
  await db.rateLimitHit.create({ data: { bucket, key } });
  if (Math.random() < 0.01) await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: since } } });
  return true;
}
