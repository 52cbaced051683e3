import { readMp4 } from "./mp4";
import { readWebm, withDuration } from "./webm";

// What a recorded take is, by its bytes alone: the container and the duration decide, never the
// name or the type the browser declared (docs/decisions/0047-recorded-video.md).

export type VideoType = "video/webm" | "video/mp4";

export interface InspectedVideo {
  type: VideoType;
  durationMs: number;
  /** The bytes to store: a WebM gets its measured duration written in, so players can seek. */
  bytes: Uint8Array;
}

/** The video in `bytes`, or null when they are neither a whole WebM nor a whole MP4 with a video track. */
export function inspectVideo(bytes: Uint8Array): InspectedVideo | null {
  const webm = readWebm(bytes);
  if (webm) return { type: "video/webm", durationMs: webm.durationMs, bytes: withDuration(bytes, webm) };
  const mp4 = readMp4(bytes);
  if (mp4) return { type: "video/mp4", durationMs: mp4.durationMs, bytes };
  return null;
}

/** The file extension a stored take gets, from its type as found in its bytes. */
export const extensionOf = (type: VideoType) => (type === "video/webm" ? "webm" : "mp4");
