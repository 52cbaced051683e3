"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/server/errors";
import { buttonClass } from "./button";

/**
 * A file field that uploads as soon as a file is chosen, through a server action that receives
 * FormData ({ ...fields, file }). Size is checked here to spare the upload; the server checks
 * again, and checks the content. Errors are message keys, shown translated.
 *
 * The browser's own picker ("Choose File / No file chosen") speaks the browser's language, not
 * the page's: the input is visually hidden and its label is drawn as a button in the page's words.
 */
export function FileUpload<T>({ id: givenId, label, hint, accept, maxBytes, tooLargeKey, fields, upload, status, disabled, serverError, onUploaded, chooseLabel, replaceLabel }: {
  /** A stable id for links to the field (an error summary). */
  id?: string;
  label: string;
  hint: string;
  accept: string;
  maxBytes: number;
  tooLargeKey: string;
  fields: Record<string, string>;
  upload: (data: FormData) => Promise<ActionResult<T>>;
  /** What is stored now (after an upload, from its result). */
  status: ReactNode;
  disabled?: boolean;
  serverError?: string;
  onUploaded: (data: T) => void;
  /** The button's words, before and after a file is stored. */
  chooseLabel?: string;
  replaceLabel?: string;
}) {
  const t = useTranslations();
  const generated = useId();
  const id = givenId ?? generated;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownError = error ?? serverError;

  const send = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > maxBytes) return setError(t(tooLargeKey));
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    data.set("file", file);
    setBusy(true);
    try {
      const result = await upload(data);
      if (result.ok) onUploaded(result.data);
      else setError(t(result.fieldErrors?.file ?? `errors.${result.error}`));
    } catch {
      setError(t(navigator.onLine === false ? "errors.offline" : "errors.network"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <p id={`${id}-hint`} className="text-xs text-muted">{hint}</p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          id={id}
          type="file"
          accept={accept}
          disabled={disabled || busy}
          aria-invalid={Boolean(shownError)}
          aria-describedby={`${id}-hint ${id}-status${shownError ? ` ${id}-error` : ""}`}
          className="peer sr-only"
          onChange={(e) => {
            void send(e.target.files?.[0]);
            // The same file chosen again (after fixing it) must still fire a change.
            e.target.value = "";
          }}
        />
        <label
          htmlFor={id}
          aria-hidden="true"
          className={`${buttonClass("secondary")} cursor-pointer peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60`}
        >
          {status ? (replaceLabel ?? t("app.replaceFile")) : (chooseLabel ?? t("app.chooseFile"))}
        </label>
        <p id={`${id}-status`} role="status" aria-live="polite" className="min-w-0 break-words text-sm">
          {busy ? t("app.uploading") : (status ?? t("app.noFile"))}
        </p>
      </div>
      {shownError ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{shownError}</p> : null}
    </div>
  );
}
