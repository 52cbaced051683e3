import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { prepareDatabase } from "../../scripts/lib/database";

// A throwaway real PostgreSQL for the integration tests, unless the test runner (scripts/test.ts)
// already made one and passed it in the environment.
export default async function setup() {
  if (process.env.DATABASE_URL && process.env.DATABASE_APP_URL) return;
  const dir = await mkdtemp(path.join(tmpdir(), "kohort-it-"));
  const db = await prepareDatabase({ dir: path.join(dir, "pg"), persistent: false });
  process.env.DATABASE_URL = db.ownerUrl;
  process.env.DATABASE_APP_URL = db.appUrl;
  process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
  process.env.STORAGE_DIR ??= path.join(dir, "uploads");
  return async () => {
    await db.embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
