"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { VIDEO_SUMMARY_MAX } from "@/lib/applications/video-choice";
import { CharacterCount } from "../ui/character-count";
import { Field } from "../ui/field";
import { useFieldError } from "../ui/use-action-form";
import type { StoredTake } from "../videos/use-take-upload";
import { VideoRecorder } from "../videos/video-recorder";
import { fieldId, type FormValues } from "./form-values";
import { VideoLinkFields } from "./video-link-fields";

export interface VideoRecordingInfo {
  /** Who keeps the video, and until when at the latest: what the consent text names. */
  consortium: string;
  retainUntil: string;
}

/**
 * The 90-second video: recorded here (the easy way) or a link to one made elsewhere, as before
 * (decision 0047); and, for both, the applicant's own written summary — the video's text
 * alternative.
 */
export function VideoSection({ slug, campaignId, disabled, recording }: { slug: string; campaignId: string; disabled: boolean; recording: VideoRecordingInfo }) {
  const t = useTranslations("apply.form");
  const r = useTranslations("recorder");
  const fieldError = useFieldError();
  const { register, watch, setValue, formState: { errors, isSubmitted } } = useFormContext<FormValues>();
  const source = watch("videoSource");
  const summary = watch("videoSummary") ?? "";
  const counterId = `${fieldId("videoSummary")}-count`;
  return (
    <section aria-labelledby="video-heading" className="space-y-4">
      <h2 id="video-heading" className="text-xl font-semibold">{t("videoHeading")}</h2>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{r("sourceLegend")}</legend>
        {(["recording", "link"] as const).map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input type="radio" value={value} className="mt-1" {...register("videoSource")} />
            <span>{r(value === "recording" ? "sourceRecording" : "sourceLink")}</span>
          </label>
        ))}
      </fieldset>
      {source === "recording" ? (
        <div className="space-y-3">
          <p className="text-sm">{r("intro")}</p>
          <p className="rounded-md bg-slate-50 p-3 text-sm">{r("storage", { consortium: recording.consortium, date: recording.retainUntil })}</p>
          <VideoRecorder
            id={fieldId("video")}
            slug={slug}
            campaignId={campaignId}
            disabled={disabled}
            stored={watch("video")}
            error={fieldError(errors.video?.message)}
            onStored={(take) => setValue("video", take, { shouldValidate: isSubmitted })}
          />
        </div>
      ) : (
        <VideoLinkFields />
      )}
      <Field id={fieldId("videoSummary")} label={t("videoSummary")} hint={t("videoSummaryHint")} error={fieldError(errors.videoSummary?.message)}>
        {(c) => (
          <>
            <CharacterCount id={counterId} length={summary.length} max={VIDEO_SUMMARY_MAX} />
            <textarea rows={4} {...c} aria-describedby={[c["aria-describedby"], counterId].filter(Boolean).join(" ")} {...register("videoSummary")} />
          </>
        )}
      </Field>
    </section>
  );
}
