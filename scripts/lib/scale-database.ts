// The database of the scale data (`npm run seed:scale`, `npm run bench`): SCALE_DATABASE_URL when
// set, otherwise a persistent embedded PostgreSQL in .data-scale/pg. Never DATABASE_URL, so the
// demo/dev database in .data is never touched by the scale seed or the benchmark.
import path from "node:path";
import { prepareDatabase, type PreparedDatabase } from "./database";

/** Every scale consortium's slug starts with this: scale-01 … scale-60. */
export const SCALE_SLUG_PREFIX = "scale-";

export const SCALE_DATA_DIR = path.resolve(".data-scale");
const SCALE_PORT = 54339;
/** The benchmark counts SQL statements per page with pg_stat_statements, which loads at server start. */
export const BENCH_POSTGRES_FLAGS = ["-c", "shared_preload_libraries=pg_stat_statements"];

/**
 * Opens (and migrates) the scale database. With SCALE_DATABASE_URL the role given there must be a
 * superuser or have BYPASSRLS: the seed writes every consortium's rows without a tenant setting.
 * The app role's URL is derived from it (user kohort_app) unless SCALE_DATABASE_APP_URL is set.
 */
export async function openScaleDatabase(): Promise<PreparedDatabase> {
  const owner = process.env.SCALE_DATABASE_URL || undefined;
  const app = owner ? process.env.SCALE_DATABASE_APP_URL || undefined : undefined;
  return prepareDatabase({ dir: path.join(SCALE_DATA_DIR, "pg"), port: SCALE_PORT, persistent: true, urls: { owner, app }, flags: BENCH_POSTGRES_FLAGS });
}
