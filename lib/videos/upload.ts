import type { Tx } from "../db/tenant";
import { campaignTakingApplications, lockApplicant, mergeIntoDraft, type ApplicantActor, type StoredVideo } from "../applications/service";
import { AppError } from "../server/errors";
import { fileStore, newFileKey, videoPartKey } from "../storage";
import { extensionOf, inspectVideo } from "./container";
import { CHUNK_BYTES, VIDEO_MAX_MS } from "./limits";
import { partKeysOf } from "./parts";

// A recorded take goes up in chunks (docs/decisions/0047-recorded-video.md): each is stored as a
// part under a key made from the upload's id and its index, so a chunk sent twice (its answer was
// lost) lands on itself, and a dropped connection resumes at the first part the server lacks.
// The last step joins the parts, checks the whole by its content and gives the draft its take.

export interface UploadStatus {
  uploadId: string;
  parts: number;
  receivedBytes: number;
  totalBytes: number;
}

type UploadRow = { id: string; consortiumId: string; parts: number; receivedBytes: number; totalBytes: number };

const statusOf = (u: UploadRow): UploadStatus => ({ uploadId: u.id, parts: u.parts, receivedBytes: u.receivedBytes, totalBytes: u.totalBytes });

/** The person's own upload, in a campaign that still takes applications; anyone else's is not found. */
async function ownUpload(tx: Tx, actor: ApplicantActor, uploadId: string, now: Date) {
  await lockApplicant(tx, actor);
  const upload = await tx.videoUpload.findFirst({ where: { id: uploadId, consortiumId: actor.consortium.id, userId: actor.userId } });
  if (!upload) throw new AppError("notFound");
  await campaignTakingApplications(tx, actor, upload.campaignId, now);
  return upload;
}

/**
 * Opens an upload of `size` bytes. One at a time per person and campaign: an earlier unfinished
 * one is dropped, and its parts are returned for deleting after the commit.
 */
export async function startVideoUpload(tx: Tx, actor: ApplicantActor, input: { campaignId: string; size: number }, now = new Date()) {
  await lockApplicant(tx, actor);
  await campaignTakingApplications(tx, actor, input.campaignId, now);
  const where = { consortiumId: actor.consortium.id, campaignId: input.campaignId, userId: actor.userId };
  const earlier = await tx.videoUpload.findMany({ where });
  await tx.videoUpload.deleteMany({ where });
  const upload = await tx.videoUpload.create({ data: { ...where, totalBytes: input.size } });
  return { status: { ...statusOf(upload), chunkBytes: CHUNK_BYTES }, obsolete: earlier.flatMap(partKeysOf) };
}

/**
 * Stores chunk `index` when it is the next one the upload lacks, and answers what the server has:
 * a chunk it already has, or one ahead of it, stores nothing, and the browser goes on from `parts`.
 * Every chunk but the last is CHUNK_BYTES long, so a part's place in the file follows from its index.
 */
export async function receiveVideoChunk(tx: Tx, actor: ApplicantActor, input: { uploadId: string; index: number; chunk: Uint8Array }, now = new Date()) {
  const upload = await ownUpload(tx, actor, input.uploadId, now);
  if (input.index !== upload.parts) return statusOf(upload);
  const remaining = upload.totalBytes - upload.receivedBytes;
  const size = input.chunk.length;
  if (size > remaining) throw new AppError("validation", { video: "validation.videoFileTooLarge" });
  if (size !== CHUNK_BYTES && size !== remaining) throw new AppError("validation", { video: "validation.videoUploadBroken" });
  await fileStore().put(videoPartKey(upload.consortiumId, upload.id, upload.parts), input.chunk, "application/octet-stream");
  const updated = await tx.videoUpload.update({ where: { id: upload.id }, data: { parts: { increment: 1 }, receivedBytes: { increment: size } } });
  return statusOf(updated);
}

async function joinParts(upload: UploadRow): Promise<Uint8Array> {
  const whole = new Uint8Array(upload.totalBytes);
  let at = 0;
  for (const key of partKeysOf(upload)) {
    const part = await fileStore().get(key);
    if (!part || at + part.length > whole.length) throw new AppError("validation", { video: "validation.videoUploadBroken" });
    whole.set(part, at);
    at += part.length;
  }
  if (at !== whole.length) throw new AppError("validation", { video: "validation.videoUploadIncomplete" });
  return whole;
}

/**
 * Joins the parts, checks the take by its content (a WebM or MP4 with a video track, at most
 * VIDEO_MAX_MS long by its timestamps), stores it and makes it the draft's take. Returns the
 * take and the files that are obsolete after the commit: the parts, and an earlier take of the
 * draft that the sent application does not use.
 */
export async function finishVideoUpload(tx: Tx, actor: ApplicantActor, uploadId: string, now = new Date()) {
  const upload = await ownUpload(tx, actor, uploadId, now);
  if (upload.receivedBytes !== upload.totalBytes) throw new AppError("validation", { video: "validation.videoUploadIncomplete" });
  const video = inspectVideo(await joinParts(upload));
  if (!video) throw new AppError("validation", { video: "validation.videoNotVideo" });
  if (video.durationMs > VIDEO_MAX_MS) throw new AppError("validation", { video: "validation.videoRecordingTooLong" });
  const stored: StoredVideo = { key: newFileKey(actor.consortium.id, "video", extensionOf(video.type)), type: video.type, size: video.bytes.length, durationMs: video.durationMs };
  await fileStore().put(stored.key, video.bytes, video.type);
  try {
    const replaced = await attachVideo(tx, actor, upload.campaignId, stored);
    await tx.videoUpload.delete({ where: { id: upload.id } });
    return { video: { type: stored.type, size: stored.size, durationMs: stored.durationMs }, obsolete: [...partKeysOf(upload), ...replaced] };
  } catch (error) {
    await fileStore().delete(stored.key);
    throw error;
  }
}

/** Puts a stored take into the draft; returns the earlier draft take when nothing else uses it. */
async function attachVideo(tx: Tx, actor: ApplicantActor, campaignId: string, video: StoredVideo): Promise<string[]> {
  const previous = (await mergeIntoDraft(tx, actor, campaignId, { video }))?.video?.key;
  const sent = await tx.application.findFirst({
    where: { consortiumId: actor.consortium.id, campaignId, applicant: { userId: actor.userId } },
    select: { videoFileKey: true },
  });
  return previous && previous !== sent?.videoFileKey ? [previous] : [];
}
