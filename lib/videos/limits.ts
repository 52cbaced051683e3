// The numbers of a recorded video (docs/decisions/0047-recorded-video.md). Shared by the recorder
// in the browser and the server's checks.

/** The recorder stops by itself here. */
export const RECORDING_SECONDS = 90;
/** The longest take the server accepts: 90 s and a little for the recorder's last frames. */
export const VIDEO_MAX_MS = 92_000;
/**
 * The largest take the server accepts. The recorder asks for 2 Mbit/s video and 96 kbit/s audio
 * (about 24 MB for 90 s); Safari and phones may go over what they were asked for, so twice that.
 */
export const VIDEO_MAX_BYTES = 50 * 1024 * 1024;
export const VIDEO_BITS_PER_SECOND = 2_000_000;
export const AUDIO_BITS_PER_SECOND = 96_000;
/** One chunk per request: small enough to resend cheaply on a phone, under the 6 MB action limit. */
export const CHUNK_BYTES = 2 * 1024 * 1024;
/** An upload nobody finished is swept, with its parts, after this long without a chunk. */
export const UPLOAD_STALE_MS = 24 * 60 * 60 * 1000;
