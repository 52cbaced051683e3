// The 90-second video link of an application: accepted only from hosts reviewers can watch
// embedded, and stored in one canonical embeddable form.

export type VideoProvider = "youtube" | "vimeo" | "loom" | "google-drive" | "dailymotion";

export interface NormalisedVideo {
  provider: VideoProvider;
  id: string;
  /** What the review page puts in its iframe. */
  embedUrl: string;
}

/** Where embedUrl points: what the Content-Security-Policy lets pages frame. */
export const VIDEO_EMBED_ORIGINS = [
  "https://www.youtube-nocookie.com",
  "https://player.vimeo.com",
  "https://www.loom.com",
  "https://drive.google.com",
  "https://www.dailymotion.com",
];

export type VideoLinkError = "videoNotUrl" | "videoHostNotAllowed" | "videoNoId";

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{6,12}$/;
const LOOM_ID = /^[a-f0-9]{32}$/;
const DRIVE_ID = /^[A-Za-z0-9_-]{20,80}$/;
const DAILYMOTION_ID = /^[a-z0-9]{5,10}$/i;

function youtube(url: URL): string | null {
  const host = url.hostname.replace(/^(www|m)\./, "");
  if (host === "youtu.be") return url.pathname.slice(1).split("/")[0];
  if (host !== "youtube.com" && host !== "youtube-nocookie.com") return null;
  if (url.pathname === "/watch") return url.searchParams.get("v") ?? "";
  // A YouTube page that names no video (a channel, a playlist) is YouTube without an id.
  return url.pathname.match(/^\/(?:embed|shorts|live|v)\/([^/?#]+)/)?.[1] ?? "";
}

function vimeo(url: URL): { id: string; hash?: string } | null {
  const host = url.hostname.replace(/^www\./, "");
  if (host === "player.vimeo.com") {
    const match = url.pathname.match(/^\/video\/(\d+)/);
    return match ? { id: match[1], hash: url.searchParams.get("h") ?? undefined } : null;
  }
  if (host !== "vimeo.com") return null;
  const match = url.pathname.match(/^\/(?:.*\/)?(\d+)(?:\/([a-f0-9]+))?\/?$/);
  return match ? { id: match[1], hash: match[2] } : null;
}

export function normaliseVideoUrl(input: string): NormalisedVideo | VideoLinkError {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return "videoNotUrl";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "videoNotUrl";
  if (url.username || url.password || url.port) return "videoHostNotAllowed";
  const host = url.hostname.toLowerCase();

  const yt = youtube(url);
  if (yt !== null) {
    return YOUTUBE_ID.test(yt) ? { provider: "youtube", id: yt, embedUrl: `https://www.youtube-nocookie.com/embed/${yt}` } : "videoNoId";
  }
  const vm = vimeo(url);
  if (vm !== null) {
    if (!VIMEO_ID.test(vm.id)) return "videoNoId";
    const hash = vm.hash && /^[a-f0-9]{6,20}$/.test(vm.hash) ? `?h=${vm.hash}` : "";
    return { provider: "vimeo", id: vm.id, embedUrl: `https://player.vimeo.com/video/${vm.id}${hash}` };
  }
  if (host === "loom.com" || host === "www.loom.com") {
    const id = url.pathname.match(/^\/(?:share|embed)\/([^/?#]+)/)?.[1] ?? "";
    return LOOM_ID.test(id) ? { provider: "loom", id, embedUrl: `https://www.loom.com/embed/${id}` } : "videoNoId";
  }
  if (host === "drive.google.com") {
    const id = url.pathname.match(/^\/file\/d\/([^/]+)/)?.[1] ?? url.searchParams.get("id") ?? "";
    return DRIVE_ID.test(id) ? { provider: "google-drive", id, embedUrl: `https://drive.google.com/file/d/${id}/preview` } : "videoNoId";
  }
  if (host === "dailymotion.com" || host === "www.dailymotion.com" || host === "dai.ly") {
    const id = (host === "dai.ly" ? url.pathname.slice(1) : url.pathname.match(/^\/(?:embed\/)?video\/([^/?#_]+)/)?.[1]) ?? "";
    return DAILYMOTION_ID.test(id)
      ? { provider: "dailymotion", id, embedUrl: `https://www.dailymotion.com/embed/video/${id}` }
      : "videoNoId";
  }
  return "videoHostNotAllowed";
}
