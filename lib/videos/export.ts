import { env } from "../env";

// A recorded take in the owner's data export (right of access): a link that plays or downloads it
// for them — the routes check who asks — never the storage key behind it.

export interface ExportedVideo {
  url: string;
  type: string | null;
  bytes: number | null;
  seconds: number | null;
}

const base = (slug: string) => `${env.APP_URL.replace(/\/$/, "")}/api/c/${encodeURIComponent(slug)}`;

export function exportedApplicationVideo(
  slug: string,
  application: { id: string; videoFileKey: string | null; videoFileType: string | null; videoFileSize: number | null; videoDurationMs: number | null },
): ExportedVideo | null {
  if (!application.videoFileKey) return null;
  return {
    url: `${base(slug)}/applications/${application.id}/video`,
    type: application.videoFileType,
    bytes: application.videoFileSize,
    seconds: application.videoDurationMs === null ? null : Math.round(application.videoDurationMs / 100) / 10,
  };
}

/** A draft's stored take: the owner's own video route for that campaign. */
export function exportedDraftVideo(slug: string, campaignId: string, video: { type?: string; size?: number; durationMs?: number } | undefined): ExportedVideo | null {
  if (!video) return null;
  return {
    url: `${base(slug)}/me/video?campaign=${encodeURIComponent(campaignId)}`,
    type: video.type ?? null,
    bytes: video.size ?? null,
    seconds: video.durationMs === undefined ? null : Math.round(video.durationMs / 100) / 10,
  };
}
