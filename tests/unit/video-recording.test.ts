import { describe, expect, it } from "vitest";
import { videoContentOf } from "@/lib/applications/video-content";
import { announcementBetween, cameraProblemOf, formatClock, recordingType } from "@/lib/videos/recording";

// The recorder's rules apart from the browser (decision 0047), and what an application keeps of
// its video when it is sent.

describe("recording in the page", () => {
  it("tells a screen reader the time left at 60, 30 and 10 seconds, once each, whatever the clock's step", () => {
    const heard: number[] = [];
    let before = 90;
    for (let elapsed = 0; elapsed <= 90; elapsed += 0.2) {
      const left = 90 - elapsed;
      const mark = announcementBetween(before, left);
      if (mark !== null) heard.push(mark);
      before = left;
    }
    expect(heard).toEqual([60, 30, 10]);
    // A clock that skips a second (a busy phone) still says it.
    expect(announcementBetween(61.3, 59.1)).toBe(60);
  });

  it("names what went wrong with the camera by the browser's error", () => {
    const problem = (name: string) => cameraProblemOf(new DOMException("x", name));
    expect(problem("NotAllowedError")).toBe("permissionDenied");
    expect(problem("NotFoundError")).toBe("noCamera");
    expect(problem("OverconstrainedError")).toBe("noCamera");
    expect(problem("NotReadableError")).toBe("cameraInUse");
    expect(cameraProblemOf(new TypeError("no media devices"))).toBe("unsupported");
  });

  it("records WebM where the browser offers it, else MP4 (Safari)", () => {
    expect(recordingType(() => true)).toBe("video/webm;codecs=vp9,opus");
    expect(recordingType((t) => t.startsWith("video/mp4"))).toBe("video/mp4;codecs=avc1,mp4a.40.2");
    expect(recordingType((t) => t === "video/mp4")).toBe("video/mp4");
    expect(recordingType(() => false)).toBeUndefined();
  });

  it("shows the clock the same way in every language", () => {
    expect([0, 9.9, 60, 75.4, 90].map(formatClock)).toEqual(["0:00", "0:09", "1:00", "1:15", "1:30"]);
  });
});

describe("what an application keeps of its video", () => {
  const take = { key: "c1/video/new.webm", type: "video/webm", size: 1000, durationMs: 5000 };
  const sent = { videoFileKey: "c1/video/old.mp4", videoFileType: "video/mp4", videoFileSize: 2000, videoDurationMs: 9000 };
  const link = { videoSource: "link" as const, videoUrl: "https://youtu.be/dQw4w9WgXcQ", videoConfirmed: true };

  it("a recording: the draft's take, else the one already sent; the other is no longer needed", () => {
    expect(videoContentOf({ ...link, videoSource: "recording" }, take, sent)).toMatchObject({
      content: { videoFileKey: take.key, videoUrl: null, videoDurationMs: 5000 },
      obsolete: [sent.videoFileKey],
    });
    expect(videoContentOf({ ...link, videoSource: "recording" }, undefined, sent)).toMatchObject({ content: { videoFileKey: sent.videoFileKey }, obsolete: [] });
  });

  it("a link: kept as given, every stored take goes", () => {
    expect(videoContentOf(link, take, sent)).toMatchObject({ content: { videoUrl: link.videoUrl, videoFileKey: null }, obsolete: [take.key, sent.videoFileKey] });
  });

  it("nothing given: the same field errors as the browser's form shows", () => {
    expect(() => videoContentOf({ ...link, videoSource: "recording" }, undefined, null)).toThrow(expect.objectContaining({ fieldErrors: { video: "validation.videoRecordingRequired" } }));
    expect(() => videoContentOf({ videoSource: "link", videoUrl: "", videoConfirmed: false }, take, null)).toThrow(
      expect.objectContaining({ fieldErrors: { videoUrl: "validation.videoRequired", videoConfirmed: "validation.videoConfirm" } }),
    );
  });
});
