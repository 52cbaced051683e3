import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRange } from "@/lib/server/media";
import { inspectVideo } from "@/lib/videos/container";
import { readMp4 } from "@/lib/videos/mp4";
import { readWebm, withDuration } from "@/lib/videos/webm";
import { FIXTURE, paddedWebm, videoFixture } from "../support/videos";

// Recorded takes by their content (docs/decisions/0047-recorded-video.md). The fixtures are real
// recordings by Chromium's MediaRecorder; Chromium itself reported 2.961 s for the MP4 and, once
// the measured duration was written in, 7.944 s for an 8-second WebM — the figures read here.

describe("a WebM as a browser records it", () => {
  const webm = videoFixture(FIXTURE.webm3s);

  it("is found by its content, and its duration measured from the blocks' timestamps", () => {
    const file = readWebm(webm)!;
    expect(file).toMatchObject({ headerDurationPresent: false, hasPositions: false });
    expect(file.durationMs).toBeGreaterThan(2800);
    expect(file.durationMs).toBeLessThan(3100);
    expect(inspectVideo(webm)).toMatchObject({ type: "video/webm", durationMs: file.durationMs });
  });

  it("gets the measured duration written in, and reads the same after", () => {
    const file = readWebm(webm)!;
    const fixed = withDuration(webm, file);
    expect(fixed.length).toBe(webm.length + 11);
    expect(readWebm(fixed)).toMatchObject({ headerDurationPresent: true, durationMs: file.durationMs });
    // Written once: a file that has a Duration keeps it.
    expect(withDuration(fixed, readWebm(fixed)!)).toBe(fixed);
  });

  it("measures a 95-second recording as too long even when its header claims one second", () => {
    const long = videoFixture(FIXTURE.webm95s);
    const fixed = withDuration(long, readWebm(long)!);
    const at = Buffer.from(fixed).indexOf(Buffer.from([0x44, 0x89, 0x88]));
    new DataView(fixed.buffer, fixed.byteOffset).setFloat64(at + 3, 1000);
    expect(readWebm(fixed)!.durationMs).toBeGreaterThan(94_000);
  });

  it("skips padding a writer may leave (EBML Void) and refuses a Matroska file that is not WebM", () => {
    expect(inspectVideo(paddedWebm(200_000))).toMatchObject({ type: "video/webm" });
    const matroska = Uint8Array.from(webm);
    const docType = Buffer.from(matroska).indexOf(Buffer.from("webm"));
    matroska.set(new TextEncoder().encode("mkvx"), docType);
    expect(inspectVideo(matroska)).toBeNull();
  });
});

describe("an MP4 as a browser records it (fragmented)", () => {
  it("is found by its content, its duration the span of its fragments", () => {
    const mp4 = videoFixture(FIXTURE.mp43s);
    expect(readMp4(mp4)!.durationMs).toBe(2961);
    expect(inspectVideo(mp4)).toMatchObject({ type: "video/mp4", durationMs: 2961 });
  });
});

describe("anything else", () => {
  it("is no video: text, a PDF, an empty file, a WebM or MP4 cut short", () => {
    const webm = videoFixture(FIXTURE.webm3s);
    const mp4 = videoFixture(FIXTURE.mp43s);
    for (const bytes of [new Uint8Array(), new TextEncoder().encode("%PDF-1.4 not a video"), webm.subarray(0, 100), webm.subarray(0, webm.length - 1), mp4.subarray(0, mp4.length - 1)]) {
      expect(inspectVideo(bytes)).toBeNull();
    }
  });

  it("never throws or hangs on hostile bytes: random files, and recordings with bytes changed", () => {
    const seeds = [videoFixture(FIXTURE.webm3s), videoFixture(FIXTURE.mp43s)];
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => void inspectVideo(bytes)), { numRuns: 300 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (which, changes) => {
        const bytes = Uint8Array.from(seeds[which]);
        for (const [at, value] of changes) bytes[at % 4096] = value;
        const found = inspectVideo(bytes);
        if (found) expect(found.durationMs).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the Range a player asks for", () => {
  it("reads single ranges, suffixes and open ends, and says when one is past the end", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=990-5000", 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange("bytes=5-1", 1000)).toBeNull();
    expect(parseRange("bytes=0-1,5-6", 1000)).toBeNull();
    expect(parseRange("items=0-1", 1000)).toBeNull();
  });
});
