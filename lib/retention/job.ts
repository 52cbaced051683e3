import { recordAudit } from "../audit/record";
import { systemDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { deleteFiles } from "../storage";
import { eraseExpiredLists } from "../applicant-lists/retention";
import { deleteDrafts, eraseApplicant } from "./erase";
import { retainUntil } from "./rules";

export interface RetentionRun {
  applicants: number;
  drafts: number;
  files: number;
  campaigns: number;
}

/** Campaigns of a consortium whose retention period has run out at `now`. */
async function expiredCampaigns(consortiumId: string, retentionMonths: number, now: Date) {
  const closed = await systemDb().campaign.findMany({
    // Imported campaigns hold only figures, no personal data to erase.
    where: { consortiumId, closesAt: { lt: now }, cohort: { imported: false } },
    select: { id: true, closesAt: true, erasedAt: true },
  });
  return closed.filter((c) => retainUntil(c.closesAt, retentionMonths) < now);
}

/**
 * The retention rule (docs/decisions/0012-retention.md): an applicant who was not hired, whose
 * every application is in a campaign past the consortium's retention period and whose
 * talent-pool consent is absent or expired, is erased; so are drafts in such campaigns. A
 * campaign is marked erased once no such data is left in it. Runs across consortia as the owner
 * (or for one, when `consortiumId` is given); one transaction per person, files deleted after
 * each commit; idempotent, and safe to run from several instances at once.
 */
export async function eraseExpiredApplicants(options: { now?: Date; consortiumId?: string } = {}): Promise<RetentionRun> {
  const now = options.now ?? new Date();
  const db = systemDb();
  const run: RetentionRun = { applicants: 0, drafts: 0, files: 0, campaigns: 0 };
  const consortia = await db.consortium.findMany({
    where: options.consortiumId ? { id: options.consortiumId } : {},
    select: { id: true, retentionMonths: true },
  });
  for (const consortium of consortia) {
    const consortiumId = consortium.id;
    const expired = await expiredCampaigns(consortiumId, consortium.retentionMonths, now);
    if (!expired.length) continue;
    const expiredIds = expired.map((c) => c.id);

    const due = await db.applicant.findMany({
      where: {
        consortiumId,
        trainee: { is: null },
        applications: { some: { campaignId: { in: expiredIds } }, every: { campaignId: { in: expiredIds }, stage: { not: "HIRED" } } },
        OR: [{ talentPoolExpiresAt: null }, { talentPoolExpiresAt: { lt: now } }],
      },
      select: { id: true },
    });
    for (const { id } of due) {
      const files = await db.$transaction((tx) => eraseApplicant(tx, { consortiumId, applicantId: id }));
      await deleteFiles(files);
      run.applicants += 1;
      run.files += files.length;
    }

    const drafts = await db.$transaction(async (tx) => {
      const deleted = await deleteDrafts(tx, Prisma.sql`d."consortiumId" = ${consortiumId} AND d."campaignId" IN (${Prisma.join(expiredIds)})`);
      if (deleted.count) {
        await recordAudit(tx, { consortiumId, actorUserId: null, action: "drafts.erased", targetType: "ApplicationDraft", data: { drafts: deleted.count, files: deleted.files.length } });
      }
      return deleted;
    });
    await deleteFiles(drafts.files);
    run.drafts += drafts.count;
    run.files += drafts.files.length;

    // Published applicant lists keep their totals and lose their rows with the rest (decision 0051).
    await db.$transaction((tx) => eraseExpiredLists(tx, consortiumId, expiredIds, now));

    run.campaigns += await markErased(consortiumId, expired.filter((c) => !c.erasedAt).map((c) => c.id), now);
  }
  return run;
}

/**
 * Sets erasedAt on the campaigns among `ids` where no personal data of an applicant not hired is
 * left: no draft, and no application of someone without a Trainee row (talent-pool consent or a
 * later campaign can keep a person a while longer).
 */
async function markErased(consortiumId: string, ids: string[], now: Date): Promise<number> {
  if (!ids.length) return 0;
  return systemDb().$transaction(async (tx) => {
    const done = await tx.campaign.findMany({
      where: {
        consortiumId,
        id: { in: ids },
        erasedAt: null,
        drafts: { none: {} },
        applications: { none: { applicant: { trainee: { is: null } } } },
      },
      select: { id: true },
    });
    let marked = 0;
    for (const { id } of done) {
      const updated = await tx.campaign.updateMany({ where: { id, consortiumId, erasedAt: null }, data: { erasedAt: now } });
      if (!updated.count) continue;
      marked += 1;
      await recordAudit(tx, { consortiumId, actorUserId: null, action: "campaign.erased", targetType: "Campaign", targetId: id });
    }
    return marked;
  });
}
