import { AppError } from "../server/errors";
import type { StoredVideo } from "./service";
import { videoChoiceProblems, type VideoSource } from "./video-choice";

interface SentVideo {
  videoFileKey: string | null;
  videoFileType: string | null;
  videoFileSize: number | null;
  videoDurationMs: number | null;
}

/**
 * What an application stores of its video when it is sent: the recorded take (the draft's, or
 * the one already sent) or the link, never both, so reviewers see exactly what was chosen; and
 * which stored takes that leaves unused, for deleting after the commit. A missing video is a
 * field error, on the same field as the browser's form shows it.
 */
export function videoContentOf(
  input: { videoSource: VideoSource; videoUrl: string; videoConfirmed: boolean; videoSummary?: string },
  draftVideo: StoredVideo | undefined,
  sent: SentVideo | null,
) {
  const sentVideo: StoredVideo | null = sent?.videoFileKey
    ? { key: sent.videoFileKey, type: sent.videoFileType ?? "video/webm", size: sent.videoFileSize ?? 0, durationMs: sent.videoDurationMs ?? 0 }
    : null;
  const recording = input.videoSource === "recording" ? (draftVideo ?? sentVideo) : null;
  const problems = videoChoiceProblems(input, Boolean(draftVideo ?? sentVideo));
  if (Object.keys(problems).length) throw new AppError("validation", problems);
  const kept = recording?.key;
  const obsolete = [draftVideo?.key, sentVideo?.key].filter((key): key is string => Boolean(key) && key !== kept);
  return {
    content: {
      videoUrl: recording ? null : input.videoUrl,
      videoConfirmed: true,
      videoFileKey: recording?.key ?? null,
      videoFileType: recording?.type ?? null,
      videoFileSize: recording?.size ?? null,
      videoDurationMs: recording?.durationMs ?? null,
      videoSummary: input.videoSummary ?? null,
    },
    obsolete: [...new Set(obsolete)],
  };
}
