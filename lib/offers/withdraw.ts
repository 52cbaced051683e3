import { mailApplicant, recipientOf } from "../applications/notify";
import { recordAudit } from "../audit/record";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { OfferActor } from "./service";

/**
 * The coordinator takes back a pending offer. The application returns to the stage it had before
 * the offer (from the offer's audit event; shortlisted if unknown), so another offer can follow,
 * and the applicant is told by mail. An offer already answered cannot be withdrawn.
 */
export async function withdrawOffer(tx: Tx, actor: OfferActor, offerId: string, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Offer" WHERE id = ${offerId} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  if (!locked) throw new AppError("notFound");
  const offer = await tx.offer.findFirstOrThrow({
    where: { id: offerId, consortiumId },
    select: {
      id: true,
      status: true,
      applicationId: true,
      employer: { select: { name: true } },
      posting: { select: { title: true } },
      application: { select: { stage: true, applicant: { select: { firstName: true, email: true, userId: true } }, campaign: { select: { emailTemplates: true } } } },
    },
  });
  if (offer.status !== "PENDING") throw new AppError("offerNotPending");
  const made = await tx.auditEvent.findFirst({
    where: { consortiumId, action: "offer.make", targetType: "Application", targetId: offer.applicationId },
    orderBy: { createdAt: "desc" },
    select: { data: true },
  });
  const before = (made?.data as { from?: ApplicationStage } | null)?.from;
  const stage: ApplicationStage = before === "INTERVIEW" ? "INTERVIEW" : "SHORTLISTED";
  await tx.offer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN", withdrawnAt: now } });
  if (offer.application.stage === "OFFER") {
    await tx.application.update({ where: { id: offer.applicationId }, data: { stage, stageChangedAt: now } });
  }
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "offer.withdraw",
    targetType: "Application",
    targetId: offer.applicationId,
    data: { offerId: offer.id, from: "OFFER", to: stage },
  });
  const { applicant, campaign } = offer.application;
  await mailApplicant(tx, {
    consortium: actor.consortium,
    templates: campaign.emailTemplates,
    to: await recipientOf(tx, applicant),
    kind: "offerWithdrawn",
    path: "/me",
    applicationId: offer.applicationId,
    values: { name: applicant.firstName, employer: offer.employer.name, title: offer.posting.title },
  });
  return { stage };
}
