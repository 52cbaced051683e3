import { customWording, mailApplicant } from "../applications/notify";
import { recordAuditEach } from "../audit/record";
import type { Tx } from "../db/tenant";
import { applicantSubject } from "../email/templates/applicant-email";
import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { localesOf } from "../interviews/notify";
import { AppError } from "../server/errors";
import { BULK_EMAIL_KINDS, type BulkEmailKind } from "./schemas";

export interface BulkEmailActor {
  consortium: { id: string; slug: string; name: string; defaultLocale: AppLocale };
  userId: string;
}

/**
 * One email of `kind` to each applicant of the chosen applications, in their own language (or
 * the consortium's), with the campaign's own wording where the coordinator wrote one; one audit
 * event per application. All in one transaction: an id of another consortium or a draft (never
 * sent, so not the coordinator's to write to) and nothing is sent.
 */
export async function sendBulkEmail(tx: Tx, actor: BulkEmailActor, ids: string[], kind: BulkEmailKind) {
  const consortiumId = actor.consortium.id;
  const unique = [...new Set(ids)];
  const applications = await tx.application.findMany({
    where: { id: { in: unique }, consortiumId },
    select: {
      id: true,
      stage: true,
      applicant: { select: { firstName: true, email: true, userId: true } },
      campaign: { select: { emailTemplates: true, cohort: { select: { name: true } } } },
    },
  });
  if (applications.length !== unique.length) throw new AppError("notFound");
  if (applications.some((a) => a.stage === "DRAFT")) throw new AppError("notSubmitted");
  const locales = await localesOf(tx, applications.map((a) => a.applicant.userId));
  for (const a of applications) {
    const locale = locales.get(a.applicant.userId ?? "") ?? actor.consortium.defaultLocale;
    await mailApplicant(tx, {
      consortium: actor.consortium,
      templates: a.campaign.emailTemplates,
      to: { email: a.applicant.email, locale },
      kind,
      path: "/me",
      values: { name: a.applicant.firstName, cohort: a.campaign.cohort.name, stage: translatorFor(locale, "stages")(a.stage) },
    });
  }
  await recordAuditEach(
    tx,
    { consortiumId, actorUserId: actor.userId, action: "application.emailed", targetType: "Application" },
    applications.map((a) => ({ id: a.id, data: { kind } })),
  );
  return { sent: applications.length };
}

/** Each bulk template's subject as the coordinator's language would send it, for the preview. */
export async function bulkEmailSubjects(tx: Tx, consortium: BulkEmailActor["consortium"], campaignId: string, locale: AppLocale) {
  const campaign = await tx.campaign.findFirstOrThrow({
    where: { id: campaignId, consortiumId: consortium.id },
    select: { emailTemplates: true, cohort: { select: { name: true } } },
  });
  const t = translatorFor(locale, "email");
  return Object.fromEntries(
    BULK_EMAIL_KINDS.map((kind) => [
      kind,
      applicantSubject({ kind, consortiumName: consortium.name, values: { cohort: campaign.cohort.name }, custom: customWording(campaign.emailTemplates, kind, locale) }, t),
    ]),
  ) as Record<BulkEmailKind, string>;
}
