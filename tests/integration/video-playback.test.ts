import { beforeAll, describe, expect, it } from "vitest";
import { submitApplicationAction } from "@/lib/applications/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { systemDb } from "@/lib/db/client";
import { mediaResponse } from "@/lib/server/media";
import { findApplicationVideo, findOwnVideo } from "@/lib/videos/playback";
import { applicationInput, newApplicant } from "../support/applications";
import { addMember, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";
import { FIXTURE, recordTake, videoFixture } from "../support/videos";

// Who may watch a recorded video, asked on every request, and how it is served: the whole file or
// the range a player asks for (206), from the file store, never cached.

let t: TenantFixture;
let other: TenantFixture;
let applicant: CurrentUser;
let applicationId: string;
let otherEmployerContact: CurrentUser;

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("play"), createTenant("play-other")]);
  // The fixture's employer contact ranks; a second employer's contact does not.
  const posting = await createPostingIn(t, "PUBLISHED");
  applicant = await newApplicant(t, "player");
  await recordTake(applicant, t.slug, t.campaignId);
  const sent = await submitApplicationAction.runAs(applicant, t.slug, applicationInput(t, [posting], { videoSource: "recording" }));
  if (!sent.ok) throw new Error(sent.error);
  applicationId = sent.data.id;
  const employer = await systemDb().employer.create({
    data: { consortiumId: t.id, name: "Other employer", orgNumber: "556000-0001", sector: "PRIVATE", sizeBand: "FROM_50_TO_149", municipality: "Arvika", memberSince: new Date("2025-01-01") },
  });
  otherEmployerContact = await addMember(t.id, "EMPLOYER", employer.id, "play");
});

const play = async (user: CurrentUser | null, slug = t.slug, id = applicationId) => {
  try {
    return await findApplicationVideo(user, slug, id);
  } catch (error) {
    return (error as { code?: string }).code ?? "thrown";
  }
};

describe("who may watch an application's recorded video", () => {
  it("the applicant, the coordinator and an employer whose posting was ranked", async () => {
    for (const user of [applicant, t.users.COORDINATOR, t.users.EMPLOYER]) {
      expect(await play(user)).toMatchObject({ type: "video/webm", size: expect.any(Number) });
    }
  });

  it("nobody else: an employer without the right, steering, a trainee, another applicant, another consortium, nobody signed in", async () => {
    const stranger = await newApplicant(t, "stranger");
    for (const user of [otherEmployerContact, t.users.STEERING, t.users.TRAINEE, stranger, other.users.COORDINATOR]) {
      expect(await play(user)).toBe("notFound");
    }
    expect(await play(other.users.COORDINATOR, other.slug)).toBe("notFound");
    expect(await play(null)).toBe("unauthenticated");
  });

  it("stops at once when the right ends: a withdrawn application is no longer the employer's to watch", async () => {
    await systemDb().application.update({ where: { id: applicationId }, data: { stage: "WITHDRAWN" } });
    try {
      expect(await play(t.users.EMPLOYER)).toBe("notFound");
      expect(await play(applicant)).toMatchObject({ type: "video/webm" });
    } finally {
      await systemDb().application.update({ where: { id: applicationId }, data: { stage: "SUBMITTED" } });
    }
  });

  it("the applicant's own take for a campaign is theirs alone", async () => {
    await recordTake(applicant, t.slug, t.campaignId, videoFixture(FIXTURE.mp43s));
    expect(await findOwnVideo(applicant, t.slug, t.campaignId)).toMatchObject({ type: "video/mp4" });
    await expect(findOwnVideo(t.users.COORDINATOR, t.slug, t.campaignId)).rejects.toMatchObject({ code: "notFound" });
    await expect(findOwnVideo(await newApplicant(t, "nosy"), t.slug, t.campaignId)).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("serving it", () => {
  const request = (range?: string) => new Request("http://localhost/v", { headers: range ? { range } : {} });

  it("answers a range request with 206 and exactly those bytes", async () => {
    const video = (await play(t.users.COORDINATOR)) as Awaited<ReturnType<typeof findApplicationVideo>>;
    const whole = new Uint8Array(await (await mediaResponse(request(), video)).arrayBuffer());
    expect(whole.length).toBe(video.size);

    const response = await mediaResponse(request("bytes=100-1099"), video);
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes 100-1099/${video.size}`);
    expect(response.headers.get("content-length")).toBe("1000");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("video/webm");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(whole.subarray(100, 1100));

    const open = await mediaResponse(request("bytes=0-"), video);
    expect(open.status).toBe(206);
    expect((await open.arrayBuffer()).byteLength).toBe(video.size);
    const tail = await mediaResponse(request("bytes=-10"), video);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(whole.subarray(video.size - 10));
    const past = await mediaResponse(request(`bytes=${video.size}-`), video);
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${video.size}`);
  });
});
