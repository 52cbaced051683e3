import { finishVideoUploadAction, startVideoUploadAction, uploadVideoChunkAction } from "@/lib/videos/actions";
import { openCampaign, type ApplicationMatrixAction } from "./authorization-applications";
import type { TenantFixture } from "./fixtures";
import { chunkFile, FIXTURE, sendTake, videoFixture } from "./videos";

// The authorization matrix's entries for the recorded video's way up: only the applicant, in their
// own consortium, for an upload of their own.

const take = () => videoFixture(FIXTURE.webm3s);

/** An upload the fixture's applicant started, with no chunk yet. */
async function startedUpload(t: TenantFixture) {
  const started = await startVideoUploadAction.runAs(t.users.APPLICANT, t.slug, { campaignId: await openCampaign(t), size: take().length });
  if (!started.ok) throw new Error(`could not start an upload: ${started.error}`);
  return started.data.uploadId;
}

/** An upload the fixture's applicant sent whole, ready to finish. */
const sentUpload = async (t: TenantFixture) => sendTake(t.users.APPLICANT, t.slug, await openCampaign(t), take());

export const VIDEO_MATRIX_ACTIONS: ApplicationMatrixAction[] = [
  {
    name: "startVideoUploadAction",
    action: startVideoUploadAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ campaignId: await openCampaign(t), size: 1000 }),
    foreignInput: async (_, other) => ({ campaignId: await openCampaign(other), size: 1000 }),
    foreignActor: "APPLICANT",
  },
  {
    name: "uploadVideoChunkAction",
    action: uploadVideoChunkAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ uploadId: await startedUpload(t), index: 0, chunk: chunkFile(take()) }),
    foreignInput: async (_, other) => ({ uploadId: await startedUpload(other), index: 0, chunk: chunkFile(take()) }),
    foreignActor: "APPLICANT",
  },
  {
    name: "finishVideoUploadAction",
    action: finishVideoUploadAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ uploadId: await sentUpload(t) }),
    foreignInput: async (_, other) => ({ uploadId: await sentUpload(other) }),
    foreignActor: "APPLICANT",
  },
];
