import { beforeAll, describe, expect, it } from "vitest";
import { deleteMyDataAction, submitApplicationAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { exportMyData } from "@/lib/applications/mine";
import type { DraftRow } from "@/lib/applications/service";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { eraseExpiredApplicants } from "@/lib/retention/job";
import { fileStore, videoPartKey } from "@/lib/storage";
import { UPLOAD_STALE_MS } from "@/lib/videos/limits";
import { sweepStaleVideoUploads } from "@/lib/videos/sweep";
import { applicationInput, newApplicant } from "../support/applications";
import { createOpenCampaign, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";
import { FIXTURE, paddedWebm, recordTake, sendTake, videoFixture } from "../support/videos";

// A recorded video is gone with the application (docs/decisions/0047-recorded-video.md): each
// test looks in the file store itself, not only at the database row.

let t: TenantFixture;
let posting: string;

beforeAll(async () => {
  t = await createTenant("video-erase");
  posting = await createPostingIn(t, "PUBLISHED");
});

const stored = (key: string) => fileStore().get(key);
const applicationOf = (userId: string) => systemDb().application.findFirstOrThrow({ where: { consortiumId: t.id, applicant: { userId } } });
const draftVideoOf = async (userId: string, campaignId = t.campaignId) =>
  ((await systemDb().applicationDraft.findFirst({ where: { consortiumId: t.id, campaignId, userId } }))?.data as DraftRow | undefined)?.video;

/** An applicant who sent a recorded take, and has a newer take in a draft and a half-sent upload besides. */
async function applicantWithVideos(label: string, campaignId = t.campaignId) {
  const user = await newApplicant(t, label);
  await recordTake(user, t.slug, campaignId);
  const result = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [posting], { campaignId, videoSource: "recording" }));
  if (!result.ok) throw new Error(result.error);
  await recordTake(user, t.slug, campaignId, videoFixture(FIXTURE.mp43s));
  const uploadId = await sendTake(user, t.slug, campaignId, videoFixture(FIXTURE.webm3s));
  const sent = (await applicationOf(user.id)).videoFileKey!;
  const draft = (await draftVideoOf(user.id, campaignId))!.key;
  const part = videoPartKey(t.id, uploadId, 0);
  for (const key of [sent, draft, part]) expect(await stored(key)).not.toBeNull();
  return { user, files: [sent, draft, part] };
}

describe("erasing the recorded video", () => {
  it("the retention job removes the stored files with the applicant", async () => {
    const campaignId = await createOpenCampaign(t.id, `Ret ${Date.now()}`);
    const retained = await createPostingIn({ ...t, campaignId }, "PUBLISHED");
    const user = await newApplicant({ ...t, campaignId }, "retention");
    await recordTake(user, t.slug, campaignId);
    const sent = await submitApplicationAction.runAs(user, t.slug, applicationInput({ ...t, campaignId }, [retained], { videoSource: "recording" }));
    if (!sent.ok) throw new Error(sent.error);
    const key = (await applicationOf(user.id)).videoFileKey!;
    await recordTake(user, t.slug, campaignId, videoFixture(FIXTURE.mp43s));
    const draftKey = (await draftVideoOf(user.id, campaignId))!.key;
    expect(await stored(key)).not.toBeNull();

    // The campaign closed longer ago than the retention period.
    await systemDb().campaign.update({ where: { id: campaignId }, data: { opensAt: new Date("2020-01-01"), closesAt: new Date("2020-03-01") } });
    const run = await eraseExpiredApplicants({ consortiumId: t.id });
    expect(run.applicants).toBeGreaterThanOrEqual(1);
    expect(await systemDb().application.count({ where: { consortiumId: t.id, applicant: { userId: user.id } } })).toBe(0);
    expect(await stored(key)).toBeNull();
    expect(await stored(draftKey)).toBeNull();
  });

  it("deleting one's data removes the sent take, the draft's take and the parts of an unfinished upload", async () => {
    const { user, files } = await applicantWithVideos("delete");
    expect(await deleteMyDataAction.runAs(user, t.slug, { confirm: true })).toMatchObject({ ok: true });
    for (const key of files) expect(await stored(key)).toBeNull();
    expect(await systemDb().videoUpload.count({ where: { userId: user.id } })).toBe(0);
  });

  it("withdrawing removes the video only when the applicant chooses so", async () => {
    const kept = await applicantWithVideos("withdraw-keep");
    expect(await withdrawApplicationAction.runAs(kept.user, t.slug, { campaignId: t.campaignId })).toMatchObject({ ok: true });
    expect(await stored(kept.files[0])).not.toBeNull();
    expect((await applicationOf(kept.user.id)).videoFileKey).toBe(kept.files[0]);

    const erased = await applicantWithVideos("withdraw-erase");
    expect(await withdrawApplicationAction.runAs(erased.user, t.slug, { campaignId: t.campaignId, eraseVideo: true })).toMatchObject({ ok: true, data: { stage: "WITHDRAWN" } });
    expect(await applicationOf(erased.user.id)).toMatchObject({ stage: "WITHDRAWN", videoFileKey: null, videoFileSize: null });
    expect(await stored(erased.files[0])).toBeNull();
    expect(await stored(erased.files[1])).toBeNull();
    expect(await draftVideoOf(erased.user.id)).toBeUndefined();
  });

  it("sweeps an upload nobody finished after a day, parts and all, and leaves a fresh one", async () => {
    const user = await newApplicant(t, "stale");
    const take = paddedWebm(3 * 1024 * 1024);
    const staleId = await sendTake(user, t.slug, t.campaignId, take);
    await systemDb().$executeRaw`UPDATE "VideoUpload" SET "updatedAt" = ${new Date(Date.now() - UPLOAD_STALE_MS - 60_000)} WHERE id = ${staleId}`;
    const other = await newApplicant(t, "fresh");
    const freshId = await sendTake(other, t.slug, t.campaignId, take);
    expect(await sweepStaleVideoUploads()).toBeGreaterThanOrEqual(1);
    expect(await systemDb().videoUpload.count({ where: { id: staleId } })).toBe(0);
    for (const index of [0, 1]) expect(await stored(videoPartKey(t.id, staleId, index))).toBeNull();
    expect(await systemDb().videoUpload.count({ where: { id: freshId } })).toBe(1);
    expect(await stored(videoPartKey(t.id, freshId, 0))).not.toBeNull();
  });

  it("exports the video to its owner as a link that plays it, never the storage key", async () => {
    const { user, files } = await applicantWithVideos("export");
    const data = await withTenant(t.id, user.id, (tx) => exportMyData(tx, t.id, user.id));
    const application = await applicationOf(user.id);
    expect(data.applications[0].video).toMatchObject({ url: expect.stringMatching(new RegExp(`/api/c/${t.slug}/applications/${application.id}/video$`)), type: "video/webm" });
    expect(data.applications[0].video!.seconds).toBeGreaterThan(2);
    expect(data.drafts[0].data.video).toMatchObject({ url: expect.stringContaining(`/api/c/${t.slug}/me/video?campaign=${t.campaignId}`), type: "video/mp4" });
    const text = JSON.stringify(data);
    for (const key of files) expect(text).not.toContain(key);
  });
});
