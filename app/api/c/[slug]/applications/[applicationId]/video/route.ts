import { getCurrentUser } from "@/lib/auth/session";
import { downloadFailure } from "@/lib/server/download";
import { mediaResponse } from "@/lib/server/media";
import { findApplicationVideo } from "@/lib/videos/playback";

/** Plays an application's recorded video (Range → 206) for those who may see it; 404 for everyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; applicationId: string }> }) {
  const { slug, applicationId } = await params;
  try {
    return await mediaResponse(request, await findApplicationVideo(await getCurrentUser(), slug, applicationId));
  } catch (error) {
    return downloadFailure(error);
  }
}
