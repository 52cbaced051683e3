"use client";

import { useTranslations } from "next-intl";
import { formatClock } from "@/lib/videos/recording";
import { Button } from "../ui/button";
import type { Take } from "./use-recorder";
import type { UploadState } from "./use-take-upload";

/**
 * The takes recorded in this visit, each playable in place, with "Keep" (uploads it) and
 * "Delete"; under the one being kept, its upload's progress, and what went wrong if it did —
 * the take stays here until the person deletes it, so a failed upload loses nothing.
 */
export function TakeList({ takes, upload, disabled, onKeep, onDiscard, onRetry }: {
  takes: Take[];
  upload: UploadState;
  disabled: boolean;
  onKeep: (take: Take) => void;
  onDiscard: (number: number) => void;
  onRetry: () => void;
}) {
  const t = useTranslations();
  if (!takes.length) return null;
  const uploading = upload.kind === "uploading";
  return (
    <section aria-labelledby="takes-heading" className="space-y-3">
      <h3 id="takes-heading" className="text-sm font-semibold">{t("recorder.takesHeading")}</h3>
      <ul className="grid gap-4 sm:grid-cols-2">
        {takes.map((take) => {
          const label = t("recorder.take", { number: take.number, duration: formatClock(take.seconds) });
          const mine = "take" in upload && upload.take === take.number ? upload : null;
          return (
            <li key={take.number} className="space-y-2 rounded-md border border-slate-300 p-3">
              <p className="text-sm font-medium">{label}</p>
              <video controls playsInline preload="metadata" src={take.url} aria-label={label} className="aspect-video w-full rounded bg-slate-900" />
              <div className="flex flex-wrap gap-2">
                <Button onClick={() => onKeep(take)} disabled={disabled || uploading}>{t("recorder.keep", { number: take.number })}</Button>
                <Button variant="secondary" onClick={() => onDiscard(take.number)} disabled={disabled || mine?.kind === "uploading"}>
                  {t("recorder.discard", { number: take.number })}
                </Button>
              </div>
              <div role="status" aria-live="polite" className="text-sm">
                {mine?.kind === "uploading" ? (
                  <>
                    <p id={`take-${take.number}-progress`}>{t("recorder.uploading", { number: take.number })}</p>
                    <progress aria-label={t("recorder.progressLabel", { number: take.number })} max={mine.total} value={mine.sent} className="w-full" />
                  </>
                ) : null}
                {mine?.kind === "stored" ? <p className="font-medium text-green-800">{t("recorder.uploaded", { number: take.number })}</p> : null}
              </div>
              {mine?.kind === "failed" ? (
                <div role="alert" className="space-y-2 text-sm text-red-800">
                  <p>{t(mine.message, { number: take.number })}</p>
                  {mine.retry ? <Button variant="secondary" onClick={onRetry}>{t("recorder.retry")}</Button> : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
