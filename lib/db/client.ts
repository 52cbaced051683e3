import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

// Two pools: the app's role (held by row-level security) for everything a request does, and the
// owner for the few system tasks that span tenants (mail worker, dev mailbox, seed).
const globalForDb = globalThis as unknown as { appDb?: PrismaClient; systemDb?: PrismaClient };

function createClient(connectionString: string, max: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
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
