import { videoPartKey } from "../storage";

/** The stored parts of a video upload (part n holds chunk n), for joining or deleting them. */
export const partKeysOf = (upload: { id: string; consortiumId: string; parts: number }) =>
  Array.from({ length: upload.parts }, (_, i) => videoPartKey(upload.consortiumId, upload.id, i));
