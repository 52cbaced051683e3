import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

// Sign-in links are requested only through the rate-limited server action (lib/auth/actions.ts)
// and sign-out through its own action, so the POST endpoints next-auth would expose stay closed;
// GET serves the link callback and the session.
export const GET = handlers.GET;

export async function POST(request: NextRequest) {
  if (/\/api\/auth\/(signin|signout|callback)\b/.test(request.nextUrl.pathname)) {
    return Response.json({ error: "not_found" }, { status: 404 });
  }
  return handlers.POST(request);
}
