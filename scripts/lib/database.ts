import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations, ensureAppRole } from "../../lib/db/migrate";
import { SetupError } from "../../lib/db/embedded-access";

export const DATA_DIR = path.resolve(".data");

export function loadDotEnv(): void {
  if (existsSync(".env")) process.loadEnvFile(".env");
}

/** A secret kept across restarts in .data/ so sessions survive; production sets AUTH_SECRET. */
export async function devAuthSecret(): Promise<string> {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** A setup problem explained in one line (lib/db/embedded-access.ts) is printed alone, and ends the script. */
export function exitOnSetupError(error: unknown): never {
  if (error instanceof SetupError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: EmbeddedDatabase | null;
  applied: string[];
}

/**
 * Uses DATABASE_URL when given, otherwise starts the embedded PostgreSQL in `dir`; then applies
 * migrations as the owner and makes sure the app's own (non-owner) role exists with its grants.
 * `urls` replaces DATABASE_URL/DATABASE_APP_URL for a script with a database of its own (an
 * absent owner URL there means the embedded one, whatever the environment says).
 */
export async function prepareDatabase(options: {
  dir: string;
  port?: number;
  persistent?: boolean;
  urls?: { owner?: string; app?: string };
  /** Extra settings for an embedded server. */
  flags?: string[];
}): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  const urls = options.urls ?? { owner: process.env.DATABASE_URL, app: process.env.DATABASE_APP_URL };
  let ownerUrl = urls.owner;
  let appUrl = urls.app;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({ dir: options.dir, port: options.port, persistent: options.persistent, flags: options.flags });
    ownerUrl = embedded.ownerUrl;
    appUrl = embedded.appUrl;
  }
  if (!appUrl) {
    const derived = new URL(ownerUrl);
    derived.username = "kohort_app";
    derived.password = process.env.DATABASE_APP_PASSWORD ?? "kohort-app";
    appUrl = derived.toString();
  }
  const applied = await applyMigrations(ownerUrl);
  await ensureAppRole(ownerUrl, appUrl);
  return { ownerUrl, appUrl, embedded, applied };
}

/**
 * The environment of an app server on a throwaway database (tests, benchmark): a fresh secret, the
 * server's own URL, uploads inside `work`, and never real email.
 */
export function throwawayServerEnv(db: PreparedDatabase, appUrl: string, work: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: appUrl,
    // Uploaded files of the run live and die with its temporary folder.
    STORAGE_DIR: path.join(work, "uploads"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.RESEND_API_KEY;
  return env;
}
