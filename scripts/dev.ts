// `npm run dev`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data on
// first start, and the Next.js dev server at http://localhost:3000.
import { spawn } from "node:child_process";
import path from "node:path";
import { DATA_DIR, devAuthSecret, exitOnSetupError, loadDotEnv, prepareDatabase } from "./lib/database";
import { seedIfEmpty } from "../prisma/seed";

loadDotEnv();
const port = process.env.PORT ?? "3000";
// DEV_DATABASE_PORT lets two checkouts run their dev servers side by side.
const db = await prepareDatabase({ dir: path.join(DATA_DIR, "postgres"), port: Number(process.env.DEV_DATABASE_PORT ?? 54329) }).catch(exitOnSetupError);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const env = {
  ...process.env,
  DATABASE_URL: db.ownerUrl,
  DATABASE_APP_URL: db.appUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? (await devAuthSecret()),
  APP_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
};
// With a server of your own, demo data is written only when asked (SEED=1).
if (db.embedded || process.env.SEED === "1") {
  const seeded = await seedIfEmpty(db.ownerUrl);
  console.log(seeded ? "demo data written (see README for the demo accounts)" : "demo data already present");
}
console.log(`Kohort on ${appUrl}  —  database ${db.embedded ? "embedded (.data/postgres)" : "from DATABASE_URL"}`);
const next = spawn("npx", ["next", "dev", "-p", port], { stdio: "inherit", env });
const stop = async () => {
  next.kill("SIGTERM");
  await db.embedded?.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
next.on("exit", async (code) => {
  await db.embedded?.stop();
  process.exit(code ?? 0);
});
