"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { RECORDING_SECONDS } from "@/lib/videos/limits";
import { announcementBetween, formatClock } from "@/lib/videos/recording";

/**
 * The visible clock while recording ("0:12 of 1:30"), and for screen readers a word at 60, 30
 * and 10 seconds left — not every second, which would drown out everything else.
 */
export function RecordingTimer({ elapsed }: { elapsed: number }) {
  const t = useTranslations("recorder");
  const [announcement, setAnnouncement] = useState("");
  const before = useRef(RECORDING_SECONDS);
  useEffect(() => {
    const left = RECORDING_SECONDS - elapsed;
    const mark = announcementBetween(before.current, left);
    before.current = left;
    if (mark !== null) setAnnouncement(t("left", { seconds: mark }));
  }, [elapsed, t]);
  return (
    <>
      <p role="timer" aria-label={t("timerLabel")} className="font-mono text-lg font-semibold tabular-nums">
        {t("timer", { elapsed: formatClock(elapsed), limit: formatClock(RECORDING_SECONDS) })}
      </p>
      <p aria-live="assertive" className="sr-only">{announcement}</p>
    </>
  );
}
