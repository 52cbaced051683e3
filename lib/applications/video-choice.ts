// The application's video is recorded in the page or given as a link (docs/decisions/0047-recorded-video.md).
// Which one is required follows the applicant's choice; the browser's form and the server ask the
// same question here, so both report the same problems on the same fields.

export const VIDEO_SOURCES = ["recording", "link"] as const;
export type VideoSource = (typeof VIDEO_SOURCES)[number];
/** The written summary beside a video: a few sentences, enough for a text alternative. */
export const VIDEO_SUMMARY_MAX = 1500;

/**
 * What is missing for the chosen way, as { field: message key }: a stored recording, or a link and
 * the confirmation that it is short and viewable (as before recording existed).
 */
export function videoChoiceProblems(
  values: { videoSource?: VideoSource; videoUrl?: string; videoConfirmed?: boolean },
  hasRecording: boolean,
): Record<string, string> {
  if (values.videoSource === "recording") return hasRecording ? {} : { video: "validation.videoRecordingRequired" };
  const problems: Record<string, string> = {};
  if (!values.videoUrl?.trim()) problems.videoUrl = "validation.videoRequired";
  if (values.videoConfirmed !== true) problems.videoConfirmed = "validation.videoConfirm";
  return problems;
}
