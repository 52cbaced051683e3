import { getCurrentUser } from "@/lib/auth/session";
import { gatheringIcsFor } from "@/lib/gatherings/feed";
import { AppError, toActionError } from "@/lib/server/errors";

/** Downloads one gathering as an .ics for those who may see it; 404 for everyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; gatheringId: string }> }) {
  const { slug, gatheringId } = await params;
  try {
    const text = await gatheringIcsFor(await getCurrentUser(), slug, gatheringId);
    return new Response(text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="gathering.ics"',
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: error.code === "unauthenticated" ? 401 : 404 });
    // Logged with a reference; the browser gets no internals.
    toActionError(error);
    return new Response(null, { status: 500 });
  }
}
