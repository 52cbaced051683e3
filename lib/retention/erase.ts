import { recordAudit } from "../audit/record";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { campaignCountsSql } from "../metrics/campaign-counts";
import { partKeysOf } from "../videos/parts";

/**
 * Deletes drafts matching `where`; returns how many and the stored files they name. A draft keeps
 * its CV as `cv.key` (the application form) or `cvFileKey`, and its recorded take as `video.key`;
 * DELETE … RETURNING reports only the rows this transaction removed, so two runs at once never
 * both count the same draft.
 */
export async function deleteDrafts(tx: Tx, where: Prisma.Sql): Promise<{ count: number; files: string[] }> {
  const rows = await tx.$queryRaw<{ cvKey: string | null; fileKey: string | null; videoKey: string | null }[]>`
    DELETE FROM "ApplicationDraft" d WHERE ${where}
    RETURNING d.data->'cv'->>'key' AS "cvKey", d.data->>'cvFileKey' AS "fileKey", d.data->'video'->>'key' AS "videoKey"`;
  return { count: rows.length, files: rows.flatMap((r) => [r.cvKey, r.fileKey, r.videoKey]).filter((key): key is string => Boolean(key)) };
}

/** Deletes a person's unfinished video uploads in a consortium; returns their stored parts. */
export async function deleteVideoUploads(tx: Tx, consortiumId: string, userId: string): Promise<string[]> {
  const uploads = await tx.videoUpload.findMany({ where: { consortiumId, userId }, select: { id: true, consortiumId: true, parts: true } });
  await tx.videoUpload.deleteMany({ where: { consortiumId, userId } });
  return uploads.flatMap(partKeysOf);
}

/**
 * Fills a campaign's aggregates from its applications, once: only while they are still null, so
 * the first erasure freezes the figures the steering group sees after personal data is gone.
 * The counting rules are shared with the live dashboard (lib/metrics/campaign-counts.ts).
 */
async function fillAggregates(tx: Tx, consortiumId: string, campaignIds: string[]) {
  if (!campaignIds.length) return;
  await tx.$executeRaw`
    UPDATE "Campaign" c
       SET "applicantsTotal" = COALESCE(c."applicantsTotal", s.total),
           "applicantsOutside" = COALESCE(c."applicantsOutside", s.outside),
           "interviewedTotal" = COALESCE(c."interviewedTotal", s.interviewed),
           "offeredTotal" = COALESCE(c."offeredTotal", s.offered),
           "updatedAt" = now()
      FROM (${campaignCountsSql(consortiumId, Prisma.sql`a."campaignId" IN (${Prisma.join(campaignIds)})`)}) s
     WHERE c.id = s."campaignId" AND c."consortiumId" = ${consortiumId}
       AND (c."applicantsTotal" IS NULL OR c."applicantsOutside" IS NULL OR c."interviewedTotal" IS NULL
            OR c."offeredTotal" IS NULL)`;
}

/**
 * Erases one applicant's personal data in a consortium: the Applicant row with its applications
 * (preferences, evaluations, shares and offers go with them), the person's drafts there and their
 * applicant membership unless they are a trainee there. A Trainee row is left as it is (its link
 * to the applicant is cleared by the database). Returns the stored files (CVs) to delete once the
 * transaction has committed; an applicant already erased returns nothing.
 */
export async function eraseApplicant(tx: Tx, { consortiumId, applicantId }: { consortiumId: string; applicantId: string }): Promise<string[]> {
  // The row lock makes a second erasure of the same person (job and "delete my account" at once)
  // wait and then find nothing, so nothing is counted or audited twice.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Applicant" WHERE id = ${applicantId} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  if (!locked.length) return [];
  const applicant = await tx.applicant.findFirstOrThrow({
    where: { id: applicantId, consortiumId },
    select: {
      userId: true,
      email: true,
      applications: { select: { campaignId: true, cvFileKey: true, videoFileKey: true, campaign: { select: { closesAt: true } } } },
      trainee: { select: { id: true } },
    },
  });
  // Only a campaign whose deadline has passed is frozen: one person deleting their account while
  // recruitment runs must not stop the count of everyone who applies after them.
  const now = new Date();
  const closed = applicant.applications.filter((a) => a.campaign.closesAt <= now);
  await fillAggregates(tx, consortiumId, [...new Set(closed.map((a) => a.campaignId))]);

  const files = applicant.applications.flatMap((a) => [a.cvFileKey, a.videoFileKey]).filter((key): key is string => Boolean(key));
  let drafts = 0;
  let membershipRemoved = false;
  if (applicant.userId) {
    const deleted = await deleteDrafts(tx, Prisma.sql`d."consortiumId" = ${consortiumId} AND d."userId" = ${applicant.userId}`);
    drafts = deleted.count;
    files.push(...deleted.files, ...(await deleteVideoUploads(tx, consortiumId, applicant.userId)));
  }
  await tx.applicant.deleteMany({ where: { id: applicantId, consortiumId } });
  // The mail we sent them holds their name and where they applied; a hired trainee keeps theirs.
  const mails = applicant.trainee ? { count: 0 } : await tx.outboxEmail.deleteMany({ where: { consortiumId, to: applicant.email } });
  if (applicant.userId) {
    const trainee = applicant.trainee ?? (await tx.trainee.findFirst({ where: { consortiumId, userId: applicant.userId }, select: { id: true } }));
    if (!trainee) {
      const removed = await tx.membership.deleteMany({ where: { consortiumId, userId: applicant.userId, role: "APPLICANT" } });
      membershipRemoved = removed.count > 0;
    }
  }
  await recordAudit(tx, {
    consortiumId,
    actorUserId: null,
    action: "applicant.erased",
    targetType: "Applicant",
    targetId: applicantId,
    data: { applications: applicant.applications.length, drafts, files: files.length, mails: mails.count, hired: Boolean(applicant.trainee), membershipRemoved },
  });
  return [...new Set(files)];
}
