import { appDb } from "@/lib/db/client";
import { databaseDownSince, isDatabaseDown, RETRY_AFTER_SECONDS } from "@/lib/db/availability";

export const dynamic = "force-dynamic";

/**
 * 200 {"status":"ok","db":"ok"} when PostgreSQL answers within 2 s; otherwise 503 naming it. While
 * the process already knows the database is away (decision 0023) it says so without asking again:
 * a load balancer polling health must not pile connection attempts onto a server coming back.
 */
export async function GET() {
  const db = isDatabaseDown()
    ? "down"
    : await Promise.race([
        appDb()
          .$queryRaw`SELECT 1`.then(() => "ok" as const)
          .catch(() => "down" as const),
        new Promise<"down">((resolve) => setTimeout(() => resolve("down"), 2000)),
      ]);
  const ok = db === "ok";
  const since = databaseDownSince();
  return Response.json(
    { status: ok ? "ok" : "error", db, ...(since ? { downSince: new Date(since).toISOString() } : {}) },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) } },
  );
}
