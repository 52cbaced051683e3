"use client";

import { useCallback, useEffect, useState } from "react";
import { cameraProblemOf, type CameraProblem } from "@/lib/videos/recording";

/**
 * The camera and microphone, turned on only when the person asks (never on arrival), and off again
 * when they ask or leave the page. A refusal becomes a problem the page can name.
 */
export function useCamera() {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [starting, setStarting] = useState(false);

  const start = useCallback(async () => {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") return setProblem("unsupported");
    setStarting(true);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: "user" }, audio: true }));
    } catch (error) {
      setProblem(cameraProblemOf(error));
    } finally {
      setStarting(false);
    }
  }, []);

  const stop = useCallback(() => setStream(null), []);

  // Whatever stream is replaced or left behind is released: the camera light goes out.
  useEffect(() => () => stream?.getTracks().forEach((track) => track.stop()), [stream]);

  return { stream, problem, starting, start, stop };
}
