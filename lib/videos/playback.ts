import type { CurrentUser } from "../auth/session";
import { resolveTenant } from "../auth/tenant-context";
import { withTenant } from "../db/tenant";
import type { DraftRow } from "../applications/service";
import { readableApplication } from "../applications/access";
import { AppError } from "../server/errors";

// Who may watch a recorded take (docs/decisions/0047-recorded-video.md). Asked again on every
// request — every range request a player makes while seeking — so a right taken away (an
// application withdrawn, a share ended, a membership removed) stops the next request.

export interface PlayableVideo {
  key: string;
  type: string;
  size: number;
}

/** The applicant themself, and reviewers who may see the application (the review pages' rule); 404 for everyone else. */
export async function findApplicationVideo(user: CurrentUser | null, slug: string, applicationId: string): Promise<PlayableVideo> {
  if (!user) throw new AppError("unauthenticated");
  const ctx = await resolveTenant(user, slug);
  if (!ctx) throw new AppError("notFound");
  const where = readableApplication(ctx, applicationId, "application.read.own");
  if (!where) throw new AppError("notFound");
  const application = await withTenant(ctx.consortium.id, user.id, (tx) =>
    tx.application.findFirst({ where, select: { videoFileKey: true, videoFileType: true, videoFileSize: true } }),
  );
  if (!application?.videoFileKey || !application.videoFileSize) throw new AppError("notFound");
  return { key: application.videoFileKey, type: application.videoFileType ?? "video/webm", size: application.videoFileSize };
}

/** The applicant's own take for a campaign: the draft's, else the one sent. Only theirs. */
export async function findOwnVideo(user: CurrentUser | null, slug: string, campaignId: string): Promise<PlayableVideo> {
  if (!user) throw new AppError("unauthenticated");
  const ctx = await resolveTenant(user, slug);
  if (!ctx?.can("application.read.own")) throw new AppError("notFound");
  const consortiumId = ctx.consortium.id;
  const [draft, sent] = await withTenant(consortiumId, user.id, (tx) =>
    Promise.all([
      tx.applicationDraft.findFirst({ where: { consortiumId, campaignId, userId: user.id }, select: { data: true } }),
      tx.application.findFirst({
        where: { consortiumId, campaignId, applicant: { userId: user.id } },
        select: { videoFileKey: true, videoFileType: true, videoFileSize: true },
      }),
    ]),
  );
  const take = (draft?.data as DraftRow | undefined)?.video;
  if (take) return { key: take.key, type: take.type, size: take.size };
  if (sent?.videoFileKey && sent.videoFileSize) return { key: sent.videoFileKey, type: sent.videoFileType ?? "video/webm", size: sent.videoFileSize };
  throw new AppError("notFound");
}
