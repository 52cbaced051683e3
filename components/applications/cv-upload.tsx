"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { uploadCvAction } from "@/lib/applications/actions";
import { CV_MAX_BYTES } from "@/lib/applications/schemas";

export interface CvInfo {
  name: string;
  size: number;
}

/** Uploads the CV as soon as it is chosen; the server checks that it really is a PDF. */
export function CvUpload({ slug, campaignId, initial, disabled, serverError }: {
  slug: string;
  campaignId: string;
  initial: CvInfo | null;
  disabled: boolean;
  serverError?: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const id = useId();
  const [cv, setCv] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownError = error ?? (cv ? null : serverError);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    // Checked here to spare the upload; the server checks again, by content.
    if (file.size > CV_MAX_BYTES) return setError(t("validation.cvTooLarge"));
    const data = new FormData();
    data.set("campaignId", campaignId);
    data.set("file", file);
    setBusy(true);
    try {
      const result = await uploadCvAction(slug, data);
      if (result.ok) setCv(result.data);
      else setError(t(result.fieldErrors?.file ?? `errors.${result.error}`));
    } catch {
      setError(t("errors.network"));
    } finally {
      setBusy(false);
    }
  };

  const size = (bytes: number) => `${format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{t("apply.form.cv")}</label>
      <p id={`${id}-hint`} className="text-xs text-muted">{t("apply.form.cvHint")}</p>
      <input
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        disabled={disabled || busy}
        aria-invalid={Boolean(shownError)}
        aria-describedby={`${id}-hint ${id}-status${shownError ? ` ${id}-error` : ""}`}
        className="mt-1 block w-full text-sm"
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      <p id={`${id}-status`} role="status" aria-live="polite" className="mt-1 text-sm">
        {busy ? t("apply.form.cvUploading") : cv ? t("apply.form.cvStored", { name: cv.name, size: size(cv.size) }) : null}
      </p>
      {shownError ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{shownError}</p> : null}
    </div>
  );
}
