// Whether PostgreSQL can be reached, as this server process last found out (decision 0023). No
// imports: proxy.ts reads it, and the proxy bundle must not pull in pg or Prisma.

/** The digest an error carries to the error boundary when it was the database being away. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";
/** What a 503 tells clients to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 30;
const PROBE_EVERY_MS = 1_000;

interface AvailabilityState {
  downSince: number | null;
  probe: ReturnType<typeof setInterval> | null;
}

// On globalThis: proxy.ts and the app's routes are separate bundles, each with its own copy of
// this module, but they run in one process and must see one state.
const holder = globalThis as unknown as { kohortDatabaseAvailability?: AvailabilityState };
const state = (holder.kohortDatabaseAvailability ??= { downSince: null, probe: null });

export function isDatabaseDown(): boolean {
  return state.downSince !== null;
}

/** Since when (epoch ms) the database has been away, or null while it answers. */
export function databaseDownSince(): number | null {
  return state.downSince;
}

// Postgres error classes 08 (connection exception) and 57P (the server shutting down, crashed,
// or still starting up); Node's socket errors; Prisma's codes and driver-adapter kinds for the
// same; and pg's own messages for a connection that ended, which carry no code at all.
const CONNECTION_CODES = /^(08...|57P0[1-3]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|P1001|P1002|P1008|P1017)$/;
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const CONNECTION_MESSAGES = /Connection terminated|not queryable|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)/i;

/** True when `error` says the database could not be reached, not that a query was wrong. */
export function isConnectionFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } }; cause?: unknown };
    if (typeof e.code === "string" && CONNECTION_CODES.test(e.code)) return true;
    const adapterCause = e.meta?.driverAdapterError?.cause;
    if (adapterCause && (ADAPTER_KINDS.has(adapterCause.kind ?? "") || CONNECTION_CODES.test(adapterCause.code ?? ""))) return true;
    if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/**
 * Called with every failure the pools and queries see. A connection failure marks the database
 * down and starts `probe` once a second until it succeeds; other failures change nothing.
 * Returns whether it was a connection failure.
 */
export function noteDatabaseFailure(error: unknown, probe: () => Promise<unknown>): boolean {
  if (!isConnectionFailure(error)) return false;
  if (state.downSince === null) {
    state.downSince = Date.now();
    console.error(`[kohort] database unreachable (${describe(error)}): answering 503 until it is back`);
  }
  if (!state.probe) {
    let probing = false;
    state.probe = setInterval(() => {
      if (probing) return;
      probing = true;
      probe()
        .then(markDatabaseUp, () => undefined)
        .finally(() => (probing = false));
    }, PROBE_EVERY_MS);
    state.probe.unref?.();
  }
  return true;
}

/**
 * In production the error boundary sees only an error's digest; a connection failure gets a known
 * one, so the page that found the database gone can say so instead of "something went wrong".
 */
export function tagConnectionFailure(error: unknown): unknown {
  if (error && typeof error === "object" && isConnectionFailure(error)) Object.assign(error, { digest: DATABASE_UNAVAILABLE_DIGEST });
  return error;
}

function markDatabaseUp(): void {
  if (state.probe) clearInterval(state.probe);
  state.probe = null;
  if (state.downSince !== null) console.error(`[kohort] database reachable again after ${((Date.now() - state.downSince) / 1000).toFixed(1)} s`);
  state.downSince = null;
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  return [e?.code, typeof e?.message === "string" ? e.message.split("\n").filter(Boolean).pop() : null].filter(Boolean).join(": ").slice(0, 160);
}
