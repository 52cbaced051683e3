import { RETRY_AFTER_SECONDS } from "../db/availability";
import { AppError, toActionError } from "./errors";

/**
 * A private file download: never cached, never sniffed, always an attachment. The filename goes
 * out both plain (ASCII-safe) and as RFC 5987 UTF-8, so "Åsa Öberg CV.pdf" survives every browser.
 */
export function downloadResponse(body: BodyInit, contentType: string, filename: string): Response {
  const encoded = encodeURIComponent(filename);
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${encoded}"; filename*=UTF-8''${encoded}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * What a download route answers when it fails: 401 when nobody is signed in, 404 for anything the
 * person may not see (so nothing reveals what exists), 500 with the error logged under a reference
 * for the rest — never the error itself; 503 while the database is away.
 */
export function downloadFailure(error: unknown): Response {
  const { error: code } = toActionError(error);
  if (code === "unavailable") return new Response(null, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
  if (error instanceof AppError) return new Response(null, { status: error.code === "unauthenticated" ? 401 : 404 });
  return new Response(null, { status: 500 });
}
