"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { normaliseVideoUrl } from "@/lib/applications/video";
import { CheckboxField } from "../ui/checkbox-field";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";
import { fieldId, type FormValues } from "./form-values";
import { VideoEmbed } from "./video-embed";

/**
 * The video as a link the applicant pasted (kept as pasted), with a player under the field as
 * soon as the link names one video, so they see what reviewers will see before sending.
 */
export function VideoLinkFields() {
  const t = useTranslations("apply.form");
  const fieldError = useFieldError();
  const { register, watch, formState: { errors } } = useFormContext<FormValues>();
  const link = (watch("videoUrl") ?? "").trim();
  const playable = link !== "" && typeof normaliseVideoUrl(link) !== "string";
  return (
    <div className="space-y-4">
      <div className="rounded-md bg-slate-50 p-3 text-sm">
        <p>{t("videoHowTo")}</p>
      </div>
      <Field id={fieldId("videoUrl")} label={t("videoUrl")} hint={t("videoHint")} error={fieldError(errors.videoUrl?.message)}>
        {(c) => <input type="url" inputMode="url" autoComplete="url" {...c} {...register("videoUrl")} />}
      </Field>
      {playable ? (
        <div>
          <p className="mb-1 text-sm font-medium">{t("videoPreview")}</p>
          <VideoEmbed url={link} title={t("videoPreviewTitle")} />
        </div>
      ) : null}
      <CheckboxField id={fieldId("videoConfirmed")} label={t("videoConfirm")} error={fieldError(errors.videoConfirmed?.message)} {...register("videoConfirmed")} />
    </div>
  );
}
