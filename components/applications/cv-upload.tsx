"use client";

import { useLocale, useTranslations } from "next-intl";
import { CV_MAX_BYTES } from "@/lib/applications/schemas";
import { uploadCvAction } from "@/lib/applications/actions";
import { formatFileSize } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { FileUpload } from "../ui/file-upload";

export interface CvInfo {
  name: string;
  size: number;
}

/** The CV field of the application: a PDF, uploaded as soon as it is chosen. */
export function CvUpload({ id, slug, campaignId, cv, disabled, error, onUploaded }: {
  id: string;
  slug: string;
  campaignId: string;
  cv: CvInfo | null;
  disabled: boolean;
  /** The form's message about the CV (none uploaded yet), shown until one is. */
  error?: string;
  onUploaded: (cv: CvInfo) => void;
}) {
  const t = useTranslations("apply.form");
  const locale = useLocale() as AppLocale;
  return (
    <FileUpload
      id={id}
      label={t("cv")}
      hint={t("cvHint")}
      accept="application/pdf,.pdf"
      maxBytes={CV_MAX_BYTES}
      tooLargeKey="validation.cvTooLarge"
      fields={{ campaignId }}
      upload={(data) => uploadCvAction(slug, data)}
      status={cv ? t("cvStored", { name: cv.name, size: formatFileSize(cv.size, locale) }) : null}
      disabled={disabled}
      serverError={cv ? undefined : error}
      onUploaded={onUploaded}
      chooseLabel={t("cvChoose")}
      replaceLabel={t("cvReplace")}
    />
  );
}
