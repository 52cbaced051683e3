import { beforeAll, describe, expect, it } from "vitest";
import { submitApplicationAction } from "@/lib/applications/actions";
import type { DraftRow } from "@/lib/applications/service";
import { systemDb } from "@/lib/db/client";
import { fileStore, videoPartKey } from "@/lib/storage";
import { CHUNK_BYTES, VIDEO_MAX_BYTES } from "@/lib/videos/limits";
import { finishVideoUploadAction, startVideoUploadAction, uploadVideoChunkAction } from "@/lib/videos/actions";
import { readWebm } from "@/lib/videos/webm";
import { applicationInput, newApplicant, pdfBytes } from "../support/applications";
import { createClosedCampaign, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";
import { chunkFile, chunksOf, FIXTURE, paddedWebm, recordTake, sendTake, videoFixture } from "../support/videos";

// The recorded take's way up (docs/decisions/0047-recorded-video.md), against the real database
// and the real file store: chunks, resuming, the check by content, and every refusal.

let t: TenantFixture;
let other: TenantFixture;
let posting: string;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("video"), createTenant("video-other")]);
  posting = await createPostingIn(t, "PUBLISHED");
});

const draftOf = async (userId: string) => (await systemDb().applicationDraft.findFirst({ where: { consortiumId: t.id, userId } }))?.data as DraftRow | undefined;
const stored = (key: string) => fileStore().get(key);

describe("sending a take in chunks", () => {
  it("resumes after a dropped connection, takes no chunk twice, and stores the whole take checked by content", async () => {
    const user = await newApplicant(t, "chunks");
    const take = paddedWebm(2 * CHUNK_BYTES + 12_345);
    const chunks = chunksOf(take);
    expect(chunks).toHaveLength(3);
    const started = await startVideoUploadAction.runAs(user, t.slug, { campaignId: t.campaignId, size: take.length });
    expect(started).toMatchObject({ ok: true, data: { parts: 0, receivedBytes: 0, totalBytes: take.length, chunkBytes: CHUNK_BYTES } });
    if (!started.ok) return;
    const send = (index: number) => uploadVideoChunkAction.runAs(user, t.slug, { uploadId: started.data.uploadId, index, chunk: chunkFile(chunks[index]) });

    expect(await send(0)).toMatchObject({ ok: true, data: { parts: 1, receivedBytes: CHUNK_BYTES } });
    // The answer was lost and the browser sends chunk 0 again: stored once.
    expect(await send(0)).toMatchObject({ ok: true, data: { parts: 1, receivedBytes: CHUNK_BYTES } });
    // A chunk ahead of what the server has is not stored; the answer says where to go on from.
    expect(await send(2)).toMatchObject({ ok: true, data: { parts: 1 } });
    expect(await stored(videoPartKey(t.id, started.data.uploadId, 2))).toBeNull();
    expect(await send(1)).toMatchObject({ ok: true, data: { parts: 2 } });
    expect(await send(2)).toMatchObject({ ok: true, data: { parts: 3, receivedBytes: take.length } });

    const finished = await finishVideoUploadAction.runAs(user, t.slug, { uploadId: started.data.uploadId });
    expect(finished).toMatchObject({ ok: true, data: { type: "video/webm" } });
    if (!finished.ok) return;
    expect(finished.data.durationMs).toBeGreaterThan(2500);
    expect(finished.data.durationMs).toBeLessThan(3500);

    const draft = await draftOf(user.id);
    expect(draft?.video).toMatchObject({ type: "video/webm", durationMs: finished.data.durationMs });
    const file = await stored(draft!.video!.key);
    // The stored take carries its measured duration, so players show a timeline and can seek.
    expect(readWebm(file!)).toMatchObject({ headerDurationPresent: true, durationMs: finished.data.durationMs });
    expect(await systemDb().videoUpload.count({ where: { id: started.data.uploadId } })).toBe(0);
    for (const index of [0, 1, 2]) expect(await stored(videoPartKey(t.id, started.data.uploadId, index))).toBeNull();
  });

  it("takes an MP4 (as Safari records) by its content", async () => {
    const user = await newApplicant(t, "mp4");
    expect(await recordTake(user, t.slug, t.campaignId, videoFixture(FIXTURE.mp43s))).toMatchObject({ type: "video/mp4" });
    expect((await draftOf(user.id))?.video?.key).toMatch(/\.mp4$/);
  });

  it("sends the application with the kept take; a retake kept later replaces it, and the one it replaced is gone", async () => {
    const user = await newApplicant(t, "retake");
    await recordTake(user, t.slug, t.campaignId);
    const first = (await draftOf(user.id))!.video!.key;
    const sent = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [posting], { videoSource: "recording", videoUrl: "", videoConfirmed: false, videoSummary: "Jag berättar om mitt exjobb." }));
    expect(sent).toMatchObject({ ok: true });
    const application = await systemDb().application.findFirstOrThrow({ where: { applicant: { userId: user.id } } });
    expect(application).toMatchObject({ videoFileKey: first, videoFileType: "video/webm", videoUrl: null, videoSummary: "Jag berättar om mitt exjobb." });
    expect(await stored(first)).not.toBeNull();

    // A new take in the draft leaves the sent one alone until the changes are sent.
    await recordTake(user, t.slug, t.campaignId, videoFixture(FIXTURE.mp43s));
    const second = (await draftOf(user.id))!.video!.key;
    expect(await stored(first)).not.toBeNull();
    expect(await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [posting], { videoSource: "recording" }))).toMatchObject({ ok: true });
    expect(await systemDb().application.findFirstOrThrow({ where: { applicant: { userId: user.id } } })).toMatchObject({ videoFileKey: second, videoFileType: "video/mp4" });
    expect(await stored(first)).toBeNull();

    // Going back to a link: the recording goes, the link is kept exactly as pasted.
    expect(await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [posting]))).toMatchObject({ ok: true });
    expect(await systemDb().application.findFirstOrThrow({ where: { applicant: { userId: user.id } } })).toMatchObject({ videoFileKey: null, videoUrl: "https://youtu.be/dQw4w9WgXcQ" });
    expect(await stored(second)).toBeNull();
  });

  it("replaces an unsent take kept earlier at once", async () => {
    const user = await newApplicant(t, "replace");
    await recordTake(user, t.slug, t.campaignId);
    const first = (await draftOf(user.id))!.video!.key;
    await recordTake(user, t.slug, t.campaignId);
    expect((await draftOf(user.id))!.video!.key).not.toBe(first);
    expect(await stored(first)).toBeNull();
  });

  it("asks for a recording when that was chosen and none is stored", async () => {
    const user = await newApplicant(t, "none");
    const result = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [posting], { videoSource: "recording" }));
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { video: "validation.videoRecordingRequired" } });
  });
});

describe("bad input", () => {
  const finish = async (user: Awaited<ReturnType<typeof newApplicant>>, bytes: Uint8Array) =>
    finishVideoUploadAction.runAs(user, t.slug, { uploadId: await sendTake(user, t.slug, t.campaignId, bytes) });

  it("refuses a file that is not a WebM or MP4 by its content, whatever it is called", async () => {
    const user = await newApplicant(t, "notvideo");
    const webm = videoFixture(FIXTURE.webm3s);
    for (const bytes of [pdfBytes(), new TextEncoder().encode("<html><video></video></html>"), webm.subarray(0, webm.length - 700)]) {
      expect(await finish(user, bytes)).toMatchObject({ ok: false, error: "validation", fieldErrors: { video: "validation.videoNotVideo" } });
    }
    expect((await draftOf(user.id))?.video).toBeUndefined();
  });

  it("refuses a take longer than 92 seconds by its timestamps", async () => {
    const user = await newApplicant(t, "long");
    expect(await finish(user, videoFixture(FIXTURE.webm95s))).toMatchObject({ ok: false, error: "validation", fieldErrors: { video: "validation.videoRecordingTooLong" } });
  });

  it("refuses a take over the size cap before a byte is sent, and a chunk that would grow past the size announced", async () => {
    const user = await newApplicant(t, "big");
    expect(await startVideoUploadAction.runAs(user, t.slug, { campaignId: t.campaignId, size: VIDEO_MAX_BYTES + 1 })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { size: "validation.videoFileTooLarge" },
    });
    const started = await startVideoUploadAction.runAs(user, t.slug, { campaignId: t.campaignId, size: 100 });
    if (!started.ok) throw new Error(started.error);
    const result = await uploadVideoChunkAction.runAs(user, t.slug, { uploadId: started.data.uploadId, index: 0, chunk: chunkFile(videoFixture(FIXTURE.webm3s)) });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { video: "validation.videoFileTooLarge" } });
  });

  it("finds no upload of another person's draft: neither chunks nor finishing", async () => {
    const owner = await newApplicant(t, "owner");
    const intruder = await newApplicant(t, "intruder");
    const uploadId = await sendTake(owner, t.slug, t.campaignId, videoFixture(FIXTURE.webm3s));
    expect(await uploadVideoChunkAction.runAs(intruder, t.slug, { uploadId, index: 1, chunk: chunkFile(pdfBytes()) })).toMatchObject({ ok: false, error: "notFound" });
    expect(await finishVideoUploadAction.runAs(intruder, t.slug, { uploadId })).toMatchObject({ ok: false, error: "notFound" });
    expect((await draftOf(intruder.id))?.video).toBeUndefined();
    // The owner's upload is untouched and still finishes.
    expect(await finishVideoUploadAction.runAs(owner, t.slug, { uploadId })).toMatchObject({ ok: true });
  });

  it("finds nothing of another consortium: its campaign, its uploads", async () => {
    const user = await newApplicant(t, "crossing");
    const foreigner = await newApplicant(other, "foreigner");
    expect(await startVideoUploadAction.runAs(user, t.slug, { campaignId: other.campaignId, size: 1000 })).toMatchObject({ ok: false, error: "notFound" });
    expect(await startVideoUploadAction.runAs(user, other.slug, { campaignId: other.campaignId, size: 1000 })).toMatchObject({ ok: false, error: "notFound" });
    const foreignUpload = await sendTake(foreigner, other.slug, other.campaignId, videoFixture(FIXTURE.webm3s));
    expect(await finishVideoUploadAction.runAs(user, t.slug, { uploadId: foreignUpload })).toMatchObject({ ok: false, error: "notFound" });
  });

  it("refuses uploads after the deadline, also one started before it", async () => {
    const user = await newApplicant(t, "late");
    const closed = await createClosedCampaign(t.id);
    expect(await startVideoUploadAction.runAs(user, t.slug, { campaignId: closed, size: 1000 })).toMatchObject({ ok: false, error: "campaignClosed" });

    const deadline = (await systemDb().campaign.findFirstOrThrow({ where: { id: t.campaignId } })).closesAt;
    const uploadId = await sendTake(user, t.slug, t.campaignId, videoFixture(FIXTURE.webm3s));
    await systemDb().campaign.update({ where: { id: t.campaignId }, data: { closesAt: new Date(Date.now() - 1000) } });
    try {
      expect(await finishVideoUploadAction.runAs(user, t.slug, { uploadId })).toMatchObject({ ok: false, error: "campaignClosed" });
      expect(await uploadVideoChunkAction.runAs(user, t.slug, { uploadId, index: 1, chunk: chunkFile(pdfBytes()) })).toMatchObject({ ok: false, error: "campaignClosed" });
    } finally {
      await systemDb().campaign.update({ where: { id: t.campaignId }, data: { closesAt: deadline } });
    }
  });
});
