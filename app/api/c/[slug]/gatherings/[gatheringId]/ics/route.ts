import { getCurrentUser } from "@/lib/auth/session";
import { gatheringIcsFor } from "@/lib/gatherings/feed";
import { downloadFailure, downloadResponse } from "@/lib/server/download";

/** Downloads one gathering as an .ics for those who may see it; 404 for everyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; gatheringId: string }> }) {
  const { slug, gatheringId } = await params;
  try {
    const text = await gatheringIcsFor(await getCurrentUser(), slug, gatheringId);
    return downloadResponse(text, "text/calendar; charset=utf-8", "gathering.ics");
  } catch (error) {
    return downloadFailure(error);
  }
}
