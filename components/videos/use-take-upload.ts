"use client";

import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/server/errors";
import { finishVideoUploadAction, startVideoUploadAction, uploadVideoChunkAction } from "@/lib/videos/actions";
import { CHUNK_BYTES } from "@/lib/videos/limits";
import type { Take } from "./use-recorder";

export interface StoredTake {
  type: string;
  size: number;
  durationMs: number;
}

export type UploadState =
  | { kind: "idle" }
  | { kind: "uploading"; take: number; sent: number; total: number }
  /** Kept in the page; `message` is a message key. A network failure can be retried where it stopped. */
  | { kind: "failed"; take: number; message: string; retry: boolean }
  | { kind: "stored"; take: number };

/** Attempts of one request before the person is asked to try again; waits double from 1 s. */
const ATTEMPTS = 4;

class Refused extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Waits `ms`, or less if the connection comes back meanwhile. */
const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener("online", done);
  });

/** Runs an action until it answers; a refusal (validation, closed campaign …) is not retried. */
async function persist<T>(call: () => Promise<ActionResult<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await call();
      if (result.ok) return result.data;
      if (result.error === "unexpected" || result.error === "unavailable") throw new Error(result.error);
      throw new Refused(result.fieldErrors?.video ?? result.fieldErrors?.size ?? `errors.${result.error}`);
    } catch (error) {
      if (error instanceof Refused || attempt >= ATTEMPTS) throw error;
      await pause(1000 * 2 ** (attempt - 1));
    }
  }
}

/**
 * Sends a kept take to the server in chunks (lib/videos/upload.ts) with a progress figure. A
 * dropped connection is retried, then handed to the person as "try again", which goes on from the
 * first chunk the server lacks — the take itself stays in the page throughout.
 */
export function useTakeUpload(slug: string, campaignId: string, onStored: (take: StoredTake) => void) {
  const [state, setState] = useState<UploadState>({ kind: "idle" });
  // The upload under way, so "try again" resumes it; a newer take replaces it.
  const current = useRef<{ take: Take; uploadId: string | null; parts: number } | null>(null);

  const run = useCallback(async () => {
    const job = current.current;
    if (!job) return;
    const { take } = job;
    const total = take.blob.size;
    setState({ kind: "uploading", take: take.number, sent: 0, total });
    try {
      if (!job.uploadId) {
        const started = await persist(() => startVideoUploadAction(slug, { campaignId, size: total }));
        job.uploadId = started.uploadId;
        job.parts = started.parts;
      }
      const chunkBytes = CHUNK_BYTES;
      while (job.parts * chunkBytes < total) {
        if (current.current !== job) return;
        const index = job.parts;
        const data = new FormData();
        data.set("uploadId", job.uploadId!);
        data.set("index", String(index));
        data.set("chunk", take.blob.slice(index * chunkBytes, (index + 1) * chunkBytes));
        const status = await persist(() => uploadVideoChunkAction(slug, data));
        job.parts = status.parts;
        setState({ kind: "uploading", take: take.number, sent: status.receivedBytes, total });
      }
      const stored = await persist(() => finishVideoUploadAction(slug, { uploadId: job.uploadId! }));
      if (current.current !== job) return;
      current.current = null;
      setState({ kind: "stored", take: take.number });
      onStored(stored);
    } catch (error) {
      if (current.current !== job) return;
      if (error instanceof Refused) {
        // The server will not take this one: a new try starts a new upload.
        current.current = null;
        setState({ kind: "failed", take: take.number, message: error.key, retry: false });
      } else setState({ kind: "failed", take: take.number, message: "recorder.uploadFailed", retry: true });
    }
  }, [slug, campaignId, onStored]);

  const keep = useCallback(
    (take: Take) => {
      current.current = { take, uploadId: null, parts: 0 };
      void run();
    },
    [run],
  );

  return { state, keep, retry: () => void run() };
}
