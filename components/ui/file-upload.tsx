"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/server/errors";

/**
 * A file field that uploads as soon as a file is chosen, through a server action that receives
 * FormData ({ ...fields, file }). Size is checked here to spare the upload; the server checks
 * again, and checks the content. Errors are message keys, shown translated.
 */
export function FileUpload<T>({ label, hint, accept, maxBytes, tooLargeKey, fields, upload, status, disabled, serverError, onUploaded }: {
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
}) {
  const t = useTranslations();
  const id = useId();
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
      setError(t("errors.network"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <p id={`${id}-hint`} className="text-xs text-muted">{hint}</p>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled || busy}
        aria-invalid={Boolean(shownError)}
        aria-describedby={`${id}-hint ${id}-status${shownError ? ` ${id}-error` : ""}`}
        className="mt-1 block w-full text-sm"
        onChange={(e) => void send(e.target.files?.[0])}
      />
      <p id={`${id}-status`} role="status" aria-live="polite" className="mt-1 text-sm">
        {busy ? t("app.uploading") : status}
      </p>
      {shownError ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{shownError}</p> : null}
    </div>
  );
}
