import { readFileSync } from "node:fs";
import path from "node:path";
import type { CurrentUser } from "@/lib/auth/session";
import { CHUNK_BYTES } from "@/lib/videos/limits";
import { finishVideoUploadAction, startVideoUploadAction, uploadVideoChunkAction } from "@/lib/videos/actions";

// Recorded takes for tests: real files made by Chromium's MediaRecorder with its fake camera
// (tests/fixtures/video/: 3 s WebM VP8/Opus and MP4 VP9/Opus at 320×180, 95 s WebM at 160×90).

export const FIXTURE = {
  webm3s: "chromium-3s.webm",
  mp43s: "chromium-3s.mp4",
  webm95s: "chromium-95s.webm",
} as const;

export function videoFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(import.meta.dirname, "..", "fixtures", "video", name)));
}

/**
 * A recorded WebM grown to `size` bytes with an EBML Void element at its end — legal wherever an
 * element may stand, skipped by every reader — so a real take spans several chunks.
 */
export function paddedWebm(size: number, base = videoFixture(FIXTURE.webm3s)): Uint8Array {
  const padding = size - base.length - 9;
  const out = new Uint8Array(size);
  out.set(base);
  out[base.length] = 0xec;
  out[base.length + 1] = 0x01;
  new DataView(out.buffer).setUint32(base.length + 2 + 3, padding);
  new DataView(out.buffer).setUint16(base.length + 2 + 1, Math.floor(padding / 2 ** 32));
  return out;
}

export const chunkFile = (bytes: Uint8Array) => new File([Buffer.from(bytes)], "blob", { type: "application/octet-stream" });

/** The chunks of `bytes` as the browser sends them. */
export const chunksOf = (bytes: Uint8Array) =>
  Array.from({ length: Math.ceil(bytes.length / CHUNK_BYTES) }, (_, i) => bytes.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES));

/** Starts an upload of `bytes` and sends every chunk; returns the upload's id (not finished). */
export async function sendTake(user: CurrentUser, slug: string, campaignId: string, bytes: Uint8Array): Promise<string> {
  const started = await startVideoUploadAction.runAs(user, slug, { campaignId, size: bytes.length });
  if (!started.ok) throw new Error(`could not start an upload: ${started.error}`);
  const chunks = chunksOf(bytes);
  for (const [index, chunk] of chunks.entries()) {
    const sent = await uploadVideoChunkAction.runAs(user, slug, { uploadId: started.data.uploadId, index, chunk: chunkFile(chunk) });
    if (!sent.ok) throw new Error(`chunk ${index} refused: ${sent.error}`);
  }
  return started.data.uploadId;
}

/** Sends and finishes a take: the draft then holds it. */
export async function recordTake(user: CurrentUser, slug: string, campaignId: string, bytes = videoFixture(FIXTURE.webm3s)) {
  const uploadId = await sendTake(user, slug, campaignId, bytes);
  const finished = await finishVideoUploadAction.runAs(user, slug, { uploadId });
  if (!finished.ok) throw new Error(`could not finish the upload: ${finished.error} ${JSON.stringify(finished.fieldErrors)}`);
  return finished.data;
}
