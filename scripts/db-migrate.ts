// Applies pending migrations to DATABASE_URL (or the embedded database) and sets up the app role.
import { DATA_DIR, loadDotEnv, prepareDatabase } from "./lib/database";
import path from "node:path";

loadDotEnv();
const db = await prepareDatabase({ dir: path.join(DATA_DIR, "postgres"), port: 54329 });
console.log(db.applied.length ? `applied: ${db.applied.join(", ")}` : "database is up to date");
await db.embedded?.stop();
