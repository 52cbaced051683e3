import { recordAudit } from "../audit/record";
import { systemDb } from "../db/client";
import { deleteFiles } from "../storage";
import { UPLOAD_STALE_MS } from "./limits";
import { partKeysOf } from "./parts";

/**
 * Uploads nobody finished (the page was closed, the phone lost its connection for good) go after a
 * day without a chunk, with their stored parts: half a video is personal data too. Runs with the
 * retention job, across consortia as the owner; one transaction per upload, parts deleted after
 * each commit.
 */
export async function sweepStaleVideoUploads(now = new Date()): Promise<number> {
  const db = systemDb();
  const stale = await db.videoUpload.findMany({ where: { updatedAt: { lt: new Date(now.getTime() - UPLOAD_STALE_MS) } }, select: { id: true, consortiumId: true, parts: true } });
  let swept = 0;
  for (const upload of stale) {
    const removed = await db.$transaction(async (tx) => {
      const { count } = await tx.videoUpload.deleteMany({ where: { id: upload.id, consortiumId: upload.consortiumId } });
      if (count) await recordAudit(tx, { consortiumId: upload.consortiumId, actorUserId: null, action: "video-upload.swept", targetType: "VideoUpload", targetId: upload.id, data: { parts: upload.parts } });
      return count;
    });
    if (!removed) continue;
    await deleteFiles(partKeysOf(upload));
    swept += 1;
  }
  return swept;
}
