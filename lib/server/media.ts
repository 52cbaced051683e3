import { fileStore, type ByteRange } from "../storage";

// A stored video played in the page: a private stream that answers Range requests with 206, so
// a player can seek without loading the whole file (RFC 9110 §14). Only single ranges: players
// ask for nothing else.

/** The range a `Range` header asks for in a file of `size` bytes; null for none (or one we ignore); "unsatisfiable" for one past the end. */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    // A suffix: the last n bytes.
    const length = Number(match[2]);
    if (length === 0) return "unsatisfiable";
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return "unsatisfiable";
  if (end < start) return null;
  return { start, end };
}

/** The whole file (200) or the asked range (206) of a stored video, never cached by anyone else. */
export async function mediaResponse(request: Request, video: { key: string; type: string; size: number }): Promise<Response> {
  const headers: Record<string, string> = {
    "Content-Type": video.type,
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // Nothing in a video answer may run or load anything, were it ever opened as a page.
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Content-Disposition": "inline",
  };
  const range = parseRange(request.headers.get("range"), video.size);
  if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${video.size}` } });
  const { start, end } = range ?? { start: 0, end: video.size - 1 };
  const body = await fileStore().stream(video.key, { start, end });
  if (!body) return new Response(null, { status: 404 });
  headers["Content-Length"] = String(end - start + 1);
  if (!range) return new Response(body, { status: 200, headers });
  return new Response(body, { status: 206, headers: { ...headers, "Content-Range": `bytes ${start}-${end}/${video.size}` } });
}
