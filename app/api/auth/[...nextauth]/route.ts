import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { emailCallbackGet, emailCallbackPost, isEmailCallback, onAppRequest } from "@/lib/auth/email-callback";

// Sign-in links are requested only through the rate-limited server action (lib/auth/actions.ts)
// and sign-out through its own action, so next-auth's other POST endpoints stay closed. The email
// callback consumes a token only on the POST of our link page or code form; a GET consumes nothing.
export async function GET(request: NextRequest) {
  if (isEmailCallback(request)) return emailCallbackGet(request);
  return handlers.GET(onAppRequest(request));
}

export async function POST(request: NextRequest) {
  if (isEmailCallback(request)) return emailCallbackPost(request, (inner) => handlers.POST(inner));
  if (/\/api\/auth\/(signin|signout|callback)\b/.test(request.nextUrl.pathname)) {
    return Response.json({ error: "not_found" }, { status: 404 });
  }
  return handlers.POST(onAppRequest(request));
}
