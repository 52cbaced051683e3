// `npm run import -- --consortium SLUG --trainees FILE [--campaigns FILE] [--dry-run] [--locale sv|nb|en]`:
// imports earlier years' spreadsheets into a consortium, as the web page does (lib/import). Uses
// DATABASE_URL (or the embedded development database), connects as the app's role with the
// consortium set, prints what changed and every problem; exit code 1 on any problem.
import path from "node:path";
import { DATA_DIR, devAuthSecret, loadDotEnv, prepareDatabase } from "./lib/database";

loadDotEnv();
const db = await prepareDatabase({ dir: path.join(DATA_DIR, "postgres"), port: 54329 });
process.env.DATABASE_URL = db.ownerUrl;
process.env.DATABASE_APP_URL = db.appUrl;
// lib/env wants a secret although an import signs nothing; the development one does.
process.env.AUTH_SECRET ??= await devAuthSecret();

// Imported only now: the database module reads the environment set above.
const { runImportCli } = await import("../lib/import/cli");
const { appDb } = await import("../lib/db/client");
let code = 1;
try {
  code = await runImportCli(process.argv.slice(2));
} catch (error) {
  console.error(error);
} finally {
  await appDb().$disconnect();
  await db.embedded?.stop();
}
process.exit(code);
