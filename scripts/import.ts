// `npm run import -- --consortium SLUG --trainees FILE [--campaigns FILE] [--dry-run] [--locale sv|nb|en]`:
// imports earlier years' spreadsheets into a consortium, as the web page does (lib/import). Uses
// DATABASE_URL and DATABASE_APP_URL, or the development database of `npm run dev`; connects as the
// app's role with the consortium set, prints what changed and every problem; exit code 1 on any
// problem. It never migrates nor creates or alters a role, and refuses a database that lacks a
// migration (lib/import/database.ts, docs/decisions/0021-history-import.md).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DATA_DIR, loadDotEnv } from "./lib/database";
import { importDatabaseMessage, openImportDatabase } from "../lib/import/database";
import { translatorFor } from "../lib/i18n/messages";

loadDotEnv();
const argv = process.argv.slice(2);
const db = await openImportDatabase(process.env, path.join(DATA_DIR, "postgres"), 54329);
if ("problem" in db) {
  const { cliLocale } = await import("../lib/import/cli");
  console.error(importDatabaseMessage(translatorFor(cliLocale(argv), "import"), db));
  process.exit(1);
}
process.env.DATABASE_URL = db.ownerUrl;
process.env.DATABASE_APP_URL = db.appUrl;
// lib/env wants a secret although an import signs nothing: any will do, and none is stored.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");

// Imported only now: the database module reads the environment set above.
const { runImportCli } = await import("../lib/import/cli");
const { appDb } = await import("../lib/db/client");
let code = 1;
try {
  code = await runImportCli(argv);
} catch (error) {
  console.error(error);
} finally {
  await appDb().$disconnect();
  await db.stop();
}
process.exit(code);
