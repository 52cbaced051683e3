import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { noteDatabaseFailure, tagConnectionFailure } from "./availability";
import { env } from "../env";

// Two pools: the app's role (held by row-level security) for everything a request does, and the
// owner for the few system tasks that span tenants (mail worker, dev mailbox, seed).
const globalForDb = globalThis as unknown as { appDb?: PrismaClient; systemDb?: PrismaClient };

/** One connection, one `SELECT 1`: whether the database answers again (decision 0023). */
async function probeDatabase(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined); // a probe that fails is expected while the database is away
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => undefined);
  }
}

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * A pool that reports every connection it fails to open (the database stopped, restarting, out of
 * reach) to the availability state. pg-pool drops broken connections by itself, so once the
 * database is back new ones simply succeed: nothing needs restarting.
 */
class WatchedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly onFailure: (error: unknown) => void,
  ) {
    super(config);
    // An idle connection the server closed (a restart) is an 'error' event: reported, never a crash.
    this.on("error", onFailure);
  }

  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback) {
    if (callback) {
      return super.connect((error, client, done) => {
        if (error) this.onFailure(error);
        callback(error, client, done);
      });
    }
    return super.connect().catch((error: unknown) => {
      this.onFailure(error);
      throw error;
    });
  }
}

/** A Prisma client whose connection failures mark the database down (exported for tests). */
export function createClient(connectionString: string, max: number): PrismaClient {
  const onFailure = (error: unknown) => void noteDatabaseFailure(error, () => probeDatabase(connectionString));
  const pool = new WatchedPool({ connectionString, max }, onFailure);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { onConnectionError: onFailure }) });
  // Tags connection failures for the error boundary. A query extension changes no types, so the
  // extended client is still a PrismaClient to every caller.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw tagConnectionFailure(error);
        }
      },
    },
  }) as unknown as PrismaClient;
}

export function appDb(): PrismaClient {
  globalForDb.appDb ??= createClient(env.DATABASE_APP_URL, 10);
  return globalForDb.appDb;
}

export function systemDb(): PrismaClient {
  globalForDb.systemDb ??= createClient(env.DATABASE_URL, 3);
  return globalForDb.systemDb;
}

export type { PrismaClient };
