"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { uploadCvAction } from "@/lib/applications/actions";
import { CV_MAX_BYTES } from "@/lib/applications/schemas";
import { FileUpload } from "../ui/file-upload";

export interface CvInfo {
  name: string;
  size: number;
}

/** The CV field of the application: a PDF, uploaded as soon as it is chosen. */
export function CvUpload({ slug, campaignId, initial, disabled, serverError }: {
  slug: string;
  campaignId: string;
  initial: CvInfo | null;
  disabled: boolean;
  serverError?: string;
}) {
  const t = useTranslations("apply.form");
  const format = useFormatter();
  const [cv, setCv] = useState(initial);
  const size = (bytes: number) => `${format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
  return (
    <FileUpload
      label={t("cv")}
      hint={t("cvHint")}
      accept="application/pdf,.pdf"
      maxBytes={CV_MAX_BYTES}
      tooLargeKey="validation.cvTooLarge"
      fields={{ campaignId }}
      upload={(data) => uploadCvAction(slug, data)}
      status={cv ? t("cvStored", { name: cv.name, size: size(cv.size) }) : null}
      disabled={disabled}
      serverError={cv ? undefined : serverError}
      onUploaded={setCv}
    />
  );
}
