import { appDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok","db":"ok"} when PostgreSQL answers within 2 s; otherwise 503 naming it. */
export async function GET() {
  const db = await Promise.race([
    appDb()
      .$queryRaw`SELECT 1`.then(() => "ok" as const)
      .catch(() => "down" as const),
    new Promise<"down">((resolve) => setTimeout(() => resolve("down"), 2000)),
  ]);
  const ok = db === "ok";
  return Response.json(
    { status: ok ? "ok" : "error", db },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
