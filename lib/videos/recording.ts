// Pure rules of recording in the browser, apart from React so they can be tested alone.

export type CameraProblem = "noCamera" | "permissionDenied" | "cameraInUse" | "unsupported";

/** What a failed getUserMedia means to the person, by the DOMException's name (W3C Media Capture). */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error && typeof error === "object" && "name" in error ? String(error.name) : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") return "permissionDenied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") return "noCamera";
  if (name === "TypeError") return "unsupported";
  // NotReadableError, AbortError, TrackStartError: the device is there but something holds it.
  return "cameraInUse";
}

/** Containers in the order we prefer them; the browser records in the first it offers (decision 0047). */
export const RECORDING_TYPES = [
  "video/webm;codecs=vp9,opus",
  "video/webm;codecs=vp8,opus",
  "video/webm",
  "video/mp4;codecs=avc1,mp4a.40.2",
  "video/mp4",
] as const;

export function recordingType(isSupported: (type: string) => boolean): string | undefined {
  return RECORDING_TYPES.find((type) => isSupported(type));
}

/** The moments, in seconds left, when a screen reader hears how much time remains. */
export const ANNOUNCE_AT = [60, 30, 10] as const;

/** The announcement due when the time left goes from `before` to `after` seconds, if any. */
export function announcementBetween(before: number, after: number): number | null {
  return ANNOUNCE_AT.find((mark) => before > mark && after <= mark) ?? null;
}

/** 75 → "1:15": a clock the same in every language. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
