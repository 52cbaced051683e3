import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedUrls, startEmbeddedPostgres } from "../db/embedded";
import { listMigrations } from "../db/migrate";

// Where `npm run import` finds its database, and what it checks before importing. It never applies
// a migration and never creates or alters a role, unlike `npm run dev`/`db:migrate`: run against
// production, it must change nothing but the consortium's history (decision 0021).

export interface ImportDatabase {
  ownerUrl: string;
  appUrl: string;
  /** Stops the embedded server when this process started it; otherwise does nothing. */
  stop: () => Promise<void>;
}

export type ImportDatabaseProblem =
  | { problem: "noDevDatabase" }
  | { problem: "cannotConnect"; user: string; reason: string }
  | { problem: "pendingMigrations"; names: string[] };

/** The app role's URL when only the owner's is given: the default the README documents. */
export function derivedAppUrl(ownerUrl: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = "kohort_app";
  url.password = password || "kohort-app";
  return url.toString();
}

/** The port of the embedded server `npm run dev` runs on `dir` (from its postmaster.pid), or null. */
export function runningEmbeddedPort(dir: string): number | null {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return null;
  // postmaster.pid: process id, data folder, start time, port, …
  const [pid, , , port] = readFileSync(file, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null; // a stale file: no server runs
  }
  return Number(port) || null;
}

/** Migrations in prisma/migrations that the database has not finished applying (read only). */
export async function pendingMigrations(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const table = await client.query<{ name: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS name`);
    const done = table.rows[0].name
      ? await client.query<{ migration_name: string }>(
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      : { rows: [] };
    const applied = new Set(done.rows.map((r) => r.migration_name));
    return (await listMigrations()).map((m) => m.name).filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

async function connectProblem(url: string): Promise<ImportDatabaseProblem | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return { problem: "cannotConnect", user: decodeURIComponent(new URL(url).username), reason: (error as Error).message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function check(urls: { ownerUrl: string; appUrl: string }): Promise<ImportDatabaseProblem | null> {
  const owner = await connectProblem(urls.ownerUrl);
  if (owner) return owner;
  const names = await pendingMigrations(urls.ownerUrl);
  if (names.length) return { problem: "pendingMigrations", names };
  return connectProblem(urls.appUrl);
}

/**
 * DATABASE_URL, with DATABASE_APP_URL (else the kohort_app role with DATABASE_APP_PASSWORD or its
 * default), when set. Otherwise the development database in `devDir`: the server `npm run dev` is
 * running there, or, when none is, that folder's server, started for the import and stopped after.
 */
export async function openImportDatabase(env: Record<string, string | undefined>, devDir: string, devPort: number): Promise<ImportDatabase | ImportDatabaseProblem> {
  let urls: { ownerUrl: string; appUrl: string };
  let stop = async () => undefined as void;
  if (env.DATABASE_URL) {
    urls = { ownerUrl: env.DATABASE_URL, appUrl: env.DATABASE_APP_URL || derivedAppUrl(env.DATABASE_URL, env.DATABASE_APP_PASSWORD) };
  } else {
    const port = runningEmbeddedPort(devDir);
    if (port) urls = embeddedUrls(port);
    // Never a new, empty database: the import has nothing to import into.
    else if (!existsSync(path.join(devDir, "PG_VERSION"))) return { problem: "noDevDatabase" };
    else {
      const server = await startEmbeddedPostgres({ dir: devDir, port: devPort });
      urls = server;
      stop = server.stop;
    }
  }
  const problem = await check(urls);
  if (problem) {
    await stop();
    return problem;
  }
  return { ownerUrl: urls.ownerUrl, appUrl: urls.appUrl, stop };
}

/** The problem as a sentence of the "import" namespace (`t` of translatorFor). */
export function importDatabaseMessage(t: (key: string, values?: Record<string, string | number>) => string, problem: ImportDatabaseProblem): string {
  if (problem.problem === "pendingMigrations") return t("cli.pendingMigrations", { count: problem.names.length, names: problem.names.join(", ") });
  if (problem.problem === "cannotConnect") return t("cli.cannotConnect", { user: problem.user, reason: problem.reason });
  return t("cli.noDevDatabase");
}
