"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveState } from "./use-draft-autosave";

/**
 * Whether the draft is saved, in a bar that stays at the top of the screen while the applicant
 * scrolls and types (on a phone the form is long, and the keyboard hides the bottom).
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("apply.form");
  const format = useFormatter();
  const text = (() => {
    switch (state.kind) {
      case "saving":
        return t("saving");
      case "saved":
        return t("saved", { time: format.dateTime(state.at, { hour: "2-digit", minute: "2-digit", second: "2-digit" }) });
      case "offline":
        return t("savedOffline");
      case "failed":
        return t("savedLocally");
      case "tooLong":
        return t("notSavedTooLong");
      case "closed":
        return t("closed");
      case "idle":
        return t("autosave");
    }
  })();
  const warn = state.kind === "offline" || state.kind === "failed" || state.kind === "tooLong" || state.kind === "closed";
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-md sm:border">
      <p role="status" aria-live="polite" className={`text-sm ${warn ? "font-medium text-red-800" : "text-muted"}`}>
        {text}
      </p>
    </div>
  );
}
