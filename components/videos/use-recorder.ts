"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AUDIO_BITS_PER_SECOND, RECORDING_SECONDS, VIDEO_BITS_PER_SECOND } from "@/lib/videos/limits";
import { recordingType } from "@/lib/videos/recording";

export interface Take {
  number: number;
  blob: Blob;
  /** An object URL of the blob, for playing it back in the page. */
  url: string;
  seconds: number;
}

type Phase = { kind: "idle" } | { kind: "countdown"; left: number } | { kind: "recording"; elapsed: number };

const COUNTDOWN = 3;

/**
 * Records takes from a camera stream: a 3-2-1 countdown, then MediaRecorder in the first format
 * the browser offers, stopped by the person or by itself at 90 seconds. Every take stays in the
 * page (as a blob) until the person deletes it or leaves, so nothing recorded is lost to a failed
 * upload.
 */
export function useRecorder() {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [takes, setTakes] = useState<Take[]>([]);
  const [limitReached, setLimitReached] = useState(false);
  const [failed, setFailed] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const counter = useRef(0);

  const clearTimer = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };

  const stop = useCallback((byLimit = false) => {
    clearTimer();
    setLimitReached(byLimit);
    if (recorder.current?.state === "recording") recorder.current.stop();
  }, []);

  const begin = useCallback(
    (stream: MediaStream) => {
      const type = recordingType((t) => MediaRecorder.isTypeSupported(t));
      const parts: Blob[] = [];
      let media: MediaRecorder;
      try {
        media = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: VIDEO_BITS_PER_SECOND, audioBitsPerSecond: AUDIO_BITS_PER_SECOND });
      } catch {
        setFailed(true);
        return setPhase({ kind: "idle" });
      }
      const startedAt = performance.now();
      media.ondataavailable = (event) => event.data.size && parts.push(event.data);
      media.onerror = () => setFailed(true);
      media.onstop = () => {
        clearTimer();
        const seconds = Math.min(RECORDING_SECONDS, (performance.now() - startedAt) / 1000);
        const blob = new Blob(parts, { type: media.mimeType || type || "video/webm" });
        counter.current += 1;
        if (blob.size) setTakes((list) => [...list, { number: counter.current, blob, url: URL.createObjectURL(blob), seconds }]);
        setPhase({ kind: "idle" });
      };
      recorder.current = media;
      media.start(1000);
      setPhase({ kind: "recording", elapsed: 0 });
      timer.current = setInterval(() => {
        const elapsed = (performance.now() - startedAt) / 1000;
        if (elapsed >= RECORDING_SECONDS) stop(true);
        else setPhase({ kind: "recording", elapsed });
      }, 200);
    },
    [stop],
  );

  /** 3, 2, 1, then recording. */
  const record = useCallback(
    (stream: MediaStream) => {
      setFailed(false);
      setLimitReached(false);
      let left = COUNTDOWN;
      setPhase({ kind: "countdown", left });
      clearTimer();
      timer.current = setInterval(() => {
        left -= 1;
        if (left > 0) return setPhase({ kind: "countdown", left });
        clearTimer();
        begin(stream);
      }, 1000);
    },
    [begin],
  );

  const discard = useCallback((number: number) => {
    setTakes((list) => {
      list.find((take) => take.number === number && (URL.revokeObjectURL(take.url), true));
      return list.filter((take) => take.number !== number);
    });
  }, []);

  // Leaving the page: stop recording and let the blobs go.
  const urls = useRef<string[]>([]);
  urls.current = takes.map((take) => take.url);
  useEffect(
    () => () => {
      clearTimer();
      if (recorder.current?.state === "recording") recorder.current.stop();
      urls.current.forEach((url) => URL.revokeObjectURL(url));
    },
    [],
  );

  return { phase, takes, limitReached, failed, record, stop: () => stop(false), discard };
}
