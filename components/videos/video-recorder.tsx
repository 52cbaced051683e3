"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { formatFileSize } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatClock } from "@/lib/videos/recording";
import { Button } from "../ui/button";
import { RecordingTimer } from "./recording-timer";
import { TakeList } from "./take-list";
import { useCamera } from "./use-camera";
import { useRecorder } from "./use-recorder";
import { useTakeUpload, type StoredTake } from "./use-take-upload";

export interface RecorderProps {
  /** The id the form's error summary links to. */
  id: string;
  slug: string;
  campaignId: string;
  disabled: boolean;
  /** The take stored for this application now (after a reload too), if any. */
  stored: StoredTake | null;
  /** The form's message about the recording (none kept yet), already translated. */
  error?: string;
  onStored: (take: StoredTake) => void;
}

/**
 * The 90-second video recorded in the page: a camera preview, a 3-2-1 countdown, a clock that
 * stops the recording at 90 s, takes to play back, keep or delete, and the kept take's upload
 * with its progress. Everything is a button: keyboard and screen readers reach all of it.
 */
export function VideoRecorder({ id, slug, campaignId, disabled, stored, error, onStored }: RecorderProps) {
  const t = useTranslations("recorder");
  const locale = useLocale() as AppLocale;
  const camera = useCamera();
  const recorder = useRecorder();
  const upload = useTakeUpload(slug, campaignId, onStored);
  const preview = useRef<HTMLVideoElement>(null);
  const { phase } = recorder;

  useEffect(() => {
    if (preview.current) preview.current.srcObject = camera.stream;
  }, [camera.stream]);

  const busy = phase.kind !== "idle";
  return (
    <div id={id} tabIndex={-1} className="space-y-4 outline-none">
      {camera.problem ? <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">{t(camera.problem)}</p> : null}
      {recorder.failed ? <p role="alert" className="text-sm text-red-800">{t("recorderFailed")}</p> : null}
      {camera.stream ? (
        <div className="space-y-3">
          <div className="relative aspect-video w-full max-w-xl overflow-hidden rounded-md bg-slate-900">
            <video ref={preview} muted autoPlay playsInline aria-label={t("preview")} className="h-full w-full object-cover" />
            {phase.kind === "countdown" ? (
              <p aria-live="assertive" className="absolute inset-0 flex items-center justify-center bg-black/40 text-3xl font-bold text-white">
                {t("countdown", { seconds: phase.left })}
              </p>
            ) : null}
            {phase.kind === "recording" ? (
              <p className="absolute left-2 top-2 rounded bg-red-700 px-2 py-1 text-xs font-semibold text-white">{t("recording")}</p>
            ) : null}
          </div>
          {phase.kind === "recording" ? <RecordingTimer elapsed={phase.elapsed} /> : null}
          <div className="flex flex-wrap gap-2">
            {phase.kind === "recording" ? (
              <Button variant="danger" onClick={recorder.stop}>{t("stop")}</Button>
            ) : (
              <Button onClick={() => recorder.record(camera.stream!)} disabled={disabled || busy}>
                {recorder.takes.length ? t("retake") : t("record")}
              </Button>
            )}
            <Button variant="secondary" onClick={camera.stop} disabled={busy}>{t("stopCamera")}</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => void camera.start()} disabled={disabled || camera.starting}>{t("startCamera")}</Button>
      )}
      {recorder.limitReached ? <p role="status" className="text-sm font-medium">{t("limitReached")}</p> : null}
      {error ? <p className="text-sm text-red-800">{error}</p> : null}
      <TakeList takes={recorder.takes} upload={upload.state} disabled={disabled || busy} onKeep={upload.keep} onDiscard={recorder.discard} onRetry={upload.retry} />
      {stored ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t("storedHeading")}</h3>
          {/* The stored take as reviewers get it, from our own route; the size tells a new take from the last. */}
          <video
            controls
            preload="metadata"
            src={`/api/c/${slug}/me/video?campaign=${encodeURIComponent(campaignId)}&v=${stored.size}`}
            aria-label={t("storedPlayer")}
            className="aspect-video w-full max-w-xl rounded-md bg-slate-900"
          />
          <p className="text-sm">{t("stored", { duration: formatClock(stored.durationMs / 1000), size: formatFileSize(stored.size, locale) })}</p>
        </div>
      ) : null}
    </div>
  );
}
