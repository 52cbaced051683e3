import { getCurrentUser } from "@/lib/auth/session";
import { downloadFailure } from "@/lib/server/download";
import { mediaResponse } from "@/lib/server/media";
import { findOwnVideo } from "@/lib/videos/playback";

/** Plays the signed-in applicant's own stored take for a campaign (`?campaign=`): the draft's, else the sent one. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const campaignId = new URL(request.url).searchParams.get("campaign") ?? "";
  try {
    if (!campaignId || campaignId.length > 40) return new Response(null, { status: 404 });
    return await mediaResponse(request, await findOwnVideo(await getCurrentUser(), slug, campaignId));
  } catch (error) {
    return downloadFailure(error);
  }
}
