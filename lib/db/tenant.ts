import { tagConnectionFailure } from "./availability";
import { appDb } from "./client";
import type { Prisma } from "./generated/client";

export type Tx = Prisma.TransactionClient;

export interface DbScope {
  /** The consortium whose rows may be seen; row-level security hides all others. */
  consortiumId?: string | null;
  /** The signed-in person: lets them see their own memberships in every consortium. */
  userId?: string | null;
}

/**
 * Prisma's defaults (2 s to get a pooled connection, 5 s per transaction) turn a burst, such as
 * hundreds of applications in the last minute before a deadline, into failed requests; waiting a
 * little longer for one of the pool's connections is what the person at the keyboard wants.
 */
export const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 15_000 };

/**
 * Runs `fn` in one transaction with the tenant set transaction-locally (set_config(..., true)), so
 * the setting can never leak to the next user of a pooled connection (and stays correct behind
 * PgBouncer in transaction mode).
 */
export async function withScope<T>(scope: DbScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return appDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.consortium_id', ${scope.consortiumId ?? ""}, true),
                                  set_config('app.user_id', ${scope.userId ?? ""}, true)`;
      return fn(tx);
    },
    TRANSACTION_LIMITS,
  ).catch((error: unknown) => {
    // A transaction that could not even begin never passes the client's query extension.
    throw tagConnectionFailure(error);
  });
}

export function withTenant<T>(consortiumId: string, userId: string | null, fn: (tx: Tx) => Promise<T>) {
  return withScope({ consortiumId, userId }, fn);
}
