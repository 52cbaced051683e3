import { cancelBookings } from "../interviews/cancel";
import { mailApplicant } from "../applications/notify";
import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { formatDay } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";
import { localesOf } from "../interviews/notify";
import { erasureDate } from "../retention/rules";
import { AppError } from "../server/errors";

export interface ClosingActor {
  consortium: { id: string; slug: string; name: string; defaultLocale: AppLocale; timeZone: string; retentionMonths: number };
  userId: string;
}

/** Stages still undecided when recruitment is finished: they all become rejections. */
const UNDECIDED: ApplicationStage[] = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "OFFER"];

/** Applications at `stages` of someone not hired: no offer accepted, whatever the stage says. */
const notHiredAt = (stages: ApplicationStage[]): Prisma.ApplicationWhereInput => ({
  stage: { in: stages },
  offers: { none: { status: "ACCEPTED" } },
});

/**
 * Ends a campaign's recruitment after its deadline: every undecided application is rejected
 * (pending offers withdrawn), each move audited, and everyone who sent an application and was not
 * hired gets one closing email, in their language, saying when their data will be erased. Runs
 * once: the campaign row is locked and closingEmailsSentAt set, so a second run sends nothing.
 */
export async function finishRecruitment(tx: Tx, actor: ClosingActor, campaignId: string, now = new Date()) {
  const consortiumId = actor.consortium.id;
  await tx.$executeRaw`SELECT 1 FROM "Campaign" WHERE id = ${campaignId} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, consortiumId }, include: { cohort: { select: { name: true } } } });
  if (!campaign) throw new AppError("notFound");
  if (now < campaign.closesAt) throw new AppError("deadlineNotPassed");
  if (campaign.closingEmailsSentAt) return { rejected: 0, emailed: 0, sentAt: campaign.closingEmailsSentAt };

  const undecided = await tx.application.findMany({
    where: { consortiumId, campaignId, ...notHiredAt(UNDECIDED) },
    select: { id: true, stage: true },
  });
  if (undecided.length) {
    const ids = undecided.map((a) => a.id);
    await cancelBookings(tx, actor.consortium, ids, actor.userId, now);
    await tx.offer.updateMany({ where: { consortiumId, applicationId: { in: ids }, status: "PENDING" }, data: { status: "WITHDRAWN" } });
    await tx.application.updateMany({ where: { consortiumId, id: { in: ids } }, data: { stage: "REJECTED", stageChangedAt: now } });
    await tx.auditEvent.createMany({
      data: undecided.map((a) => ({
        consortiumId,
        actorUserId: actor.userId,
        action: "application.stage",
        targetType: "Application",
        targetId: a.id,
        data: { from: a.stage, to: "REJECTED", reason: "recruitmentFinished" },
      })),
    });
  }

  // After the moves, everyone who sent an application, did not withdraw it and was not hired is
  // at REJECTED (drafts were never sent).
  const recipients = await tx.application.findMany({
    where: { consortiumId, campaignId, ...notHiredAt(["REJECTED"]) },
    select: { applicant: { select: { firstName: true, email: true, userId: true, talentPoolExpiresAt: true } } },
  });
  const locales = await localesOf(tx, recipients.map((r) => r.applicant.userId));
  for (const { applicant } of recipients) {
    const locale = locales.get(applicant.userId ?? "") ?? actor.consortium.defaultLocale;
    const erasedOn = erasureDate(campaign.closesAt, actor.consortium.retentionMonths, applicant.talentPoolExpiresAt);
    await mailApplicant(tx, {
      consortium: actor.consortium,
      templates: campaign.emailTemplates,
      to: { email: applicant.email, locale },
      kind: "closing",
      path: "/me",
      values: { name: applicant.firstName, cohort: campaign.cohort.name, retainUntil: formatDay(erasedOn, locale, actor.consortium.timeZone) },
    });
  }

  await tx.campaign.update({ where: { id: campaign.id, consortiumId }, data: { closingEmailsSentAt: now } });
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "campaign.finish",
    targetType: "Campaign",
    targetId: campaign.id,
    data: { rejected: undecided.length, emailed: recipients.length },
  });
  return { rejected: undecided.length, emailed: recipients.length, sentAt: now };
}
