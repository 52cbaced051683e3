import { calendarFeed } from "@/lib/gatherings/feed";
import { toActionError } from "@/lib/server/errors";

/** A trainee's gatherings as a calendar to subscribe to; the token is the key (no sign-in). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; token: string }> }) {
  const { slug, token } = await params;
  let text: string | null;
  try {
    text = await calendarFeed(slug, token.replace(/\.ics$/, ""));
  } catch (error) {
    // Logged with a reference; the calendar app gets no internals.
    toActionError(error);
    return new Response(null, { status: 500 });
  }
  if (text === null) return new Response(null, { status: 404 });
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="gatherings.ics"',
      // The URL is a secret: no shared cache may keep the answer.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
