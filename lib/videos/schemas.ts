import { z } from "../validation";
import { CHUNK_BYTES, VIDEO_MAX_BYTES } from "./limits";

const id = z.string().min(1).max(40);

/** Starting an upload: the size is announced, so an oversized take is refused before any byte is sent. */
export const startVideoUploadSchema = z
  .object({
    campaignId: id,
    size: z.number().int().min(1, "validation.required").max(VIDEO_MAX_BYTES, "validation.videoFileTooLarge"),
  })
  .strict();

/** One chunk: multipart form data from the browser ({ uploadId, index, chunk }), or an object in tests. */
export const videoChunkSchema = z.preprocess(
  (raw) => (raw instanceof FormData ? { uploadId: raw.get("uploadId"), index: Number(raw.get("index")), chunk: raw.get("chunk") } : raw),
  z.object({
    uploadId: id,
    index: z.number().int().min(0).max(Math.ceil(VIDEO_MAX_BYTES / CHUNK_BYTES)),
    chunk: z
      .instanceof(File, { error: "validation.required" })
      .refine((f) => f.size > 0, "validation.required")
      .refine((f) => f.size <= CHUNK_BYTES, "validation.videoFileTooLarge"),
  }),
);

export const videoUploadRefSchema = z.object({ uploadId: id }).strict();
