import type { z } from "zod";
import { scheduleCheckIns } from "../checkins/schedule";
import { recordAudit } from "../audit/record";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { mailApplicant, recipientOf } from "../applications/notify";
import { formatDate } from "../i18n/format";
import { translatorFor } from "../i18n/messages";
import { todayIn } from "../i18n/zoned-time";
import type { AppLocale } from "../i18n/routing";
import { addMonths } from "../retention/rules";
import { AppError } from "../server/errors";
import type { makeOfferSchema } from "./schemas";

export interface OfferActor {
  consortium: { id: string; slug: string; name: string; defaultLocale: AppLocale; timeZone: string };
  userId: string;
}

/** Offers go to candidates the consortium has looked at closely. */
const OFFERABLE: ApplicationStage[] = ["SHORTLISTED", "INTERVIEW"];

/** The coordinator offers a candidate a place: employer and posting of the campaign, and a start date. */
export async function makeOffer(tx: Tx, actor: OfferActor, input: z.output<typeof makeOfferSchema>) {
  // The row lock makes a double click or two coordinators at once queue up: the second sees the
  // first one's pending offer.
  await tx.$executeRaw`SELECT 1 FROM "Application" WHERE id = ${input.applicationId} AND "consortiumId" = ${actor.consortium.id} FOR UPDATE`;
  const application = await tx.application.findFirst({
    where: { id: input.applicationId, consortiumId: actor.consortium.id },
    include: { applicant: true, campaign: { include: { cohort: true } }, offers: { where: { status: "PENDING" } } },
  });
  if (!application) throw new AppError("notFound");
  if (!OFFERABLE.includes(application.stage)) throw new AppError("stageLocked");
  if (application.offers.length) throw new AppError("offerPending");
  const posting = await tx.posting.findFirst({
    where: { id: input.postingId, consortiumId: actor.consortium.id, campaignId: application.campaignId },
    include: { employer: { select: { name: true } } },
  });
  if (!posting) throw new AppError("validation", { postingId: "validation.choice" });
  const startDate = new Date(`${input.startDate}T00:00:00Z`);
  const answerBy = input.answerBy ? new Date(`${input.answerBy}T00:00:00Z`) : null;
  if (answerBy && answerBy < todayIn(actor.consortium.timeZone)) throw new AppError("validation", { answerBy: "validation.dateInPast" });
  const offer = await tx.offer.create({
    data: {
      consortiumId: actor.consortium.id,
      applicationId: application.id,
      employerId: posting.employerId,
      postingId: posting.id,
      startDate,
      message: input.message ?? null,
      answerBy,
    },
  });
  const now = new Date();
  await tx.application.update({ where: { id: application.id }, data: { stage: "OFFER", stageChangedAt: now } });
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: "offer.make",
    targetType: "Application",
    targetId: application.id,
    data: { from: application.stage, to: "OFFER", offerId: offer.id, postingId: posting.id },
  });
  const to = await recipientOf(tx, application.applicant);
  const locale = to.locale ?? actor.consortium.defaultLocale;
  // The coordinator's own words and the answer-by date travel with the offer: in the mail as on the applicant's page.
  const notes = [
    input.message,
    answerBy ? translatorFor(locale, "email")("applicant.offer.answerBy", { date: formatDate(answerBy, locale) }) : undefined,
  ].filter((n): n is string => Boolean(n));
  await mailApplicant(tx, {
    consortium: actor.consortium,
    templates: application.campaign.emailTemplates,
    to,
    kind: "offer",
    path: "/me",
    applicationId: application.id,
    notes,
    values: {
      name: application.applicant.firstName,
      employer: posting.employer.name,
      title: posting.title,
      start: formatDate(startDate, locale),
    },
  });
  return { id: offer.id };
}

/**
 * The applicant answers their offer. Accepting makes them a trainee of the cohort with a first
 * placement at the offering employer, and records the billable "trainee hired" event — all in
 * the transaction of the answer, so there is never a hire without its trainee or its fee.
 */
export async function respondToOffer(tx: Tx, actor: OfferActor, offerId: string, accept: boolean) {
  const [offer] = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Offer" o JOIN "Application" a ON a.id = o."applicationId" JOIN "Applicant" p ON p.id = a."applicantId"
     WHERE o.id = ${offerId} AND o."consortiumId" = ${actor.consortium.id} AND p."userId" = ${actor.userId}
       FOR UPDATE OF o`;
  if (!offer) throw new AppError("notFound");
  const full = await tx.offer.findUniqueOrThrow({
    where: { id: offer.id },
    include: {
      application: { include: { applicant: true, campaign: { include: { cohort: true } } } },
      employer: { select: { name: true } },
      posting: { select: { title: true } },
    },
  });
  if (full.status !== "PENDING") throw new AppError("offerClosed");
  const now = new Date();
  const { application } = full;
  const { applicant, campaign } = application;
  await tx.offer.update({ where: { id: full.id }, data: { status: accept ? "ACCEPTED" : "DECLINED", respondedAt: now } });
  const stage = accept ? "HIRED" : "WITHDRAWN";
  await tx.application.update({ where: { id: application.id }, data: { stage, stageChangedAt: now } });
  let traineeId: string | null = null;
  if (accept) {
    // Someone hired before (an earlier cohort) keeps that trainee record; the new one takes the link.
    await tx.trainee.updateMany({ where: { consortiumId: actor.consortium.id, applicantId: applicant.id }, data: { applicantId: null } });
    const trainee = await tx.trainee.create({
      data: {
        consortiumId: actor.consortium.id,
        cohortId: campaign.cohortId,
        applicantId: applicant.id,
        userId: applicant.userId,
        name: `${applicant.firstName} ${applicant.lastName}`,
        email: applicant.email,
        gender: applicant.gender,
        educationLevel: applicant.educationLevel,
        field: applicant.field,
        ties: applicant.ties,
      },
    });
    traineeId = trainee.id;
    const { cohort } = campaign;
    const planned = addMonths(full.startDate, cohort.programmeMonths);
    planned.setUTCDate(planned.getUTCDate() - 1);
    // A placement stays inside the cohort's dates (lib/placements): an offer's start is the cohort's
    // start at the earliest, and the planned end is the cohort's end at the latest.
    const startDate = full.startDate < cohort.startDate ? cohort.startDate : full.startDate;
    const endDate = planned > cohort.endDate ? cohort.endDate : planned;
    await tx.placement.create({
      data: { consortiumId: actor.consortium.id, traineeId: trainee.id, employerId: full.employerId, startDate, endDate: endDate < startDate ? startDate : endDate },
    });
    if (applicant.userId) {
      await tx.membership.updateMany({
        where: { consortiumId: actor.consortium.id, userId: applicant.userId, role: "APPLICANT" },
        data: { role: "TRAINEE" },
      });
    }
    await scheduleCheckIns(tx, actor.consortium.id, cohort.id, [trainee.id]);
    await tx.billableEvent.create({
      data: { consortiumId: actor.consortium.id, employerId: full.employerId, kind: "TRAINEE_HIRED", occurredAt: now, traineeId: trainee.id },
    });
  }
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: accept ? "offer.accept" : "offer.decline",
    targetType: "Application",
    targetId: application.id,
    data: { from: application.stage, to: stage, offerId: full.id, ...(traineeId ? { traineeId } : {}) },
  });
  const to = await recipientOf(tx, applicant);
  await mailApplicant(tx, {
    consortium: actor.consortium,
    templates: campaign.emailTemplates,
    to,
    kind: accept ? "hired" : "declined",
    path: "/me",
    applicationId: application.id,
    values: {
      name: applicant.firstName,
      employer: full.employer.name,
      title: full.posting.title,
      cohort: campaign.cohort.name,
      start: formatDate(full.startDate, to.locale ?? actor.consortium.defaultLocale),
    },
  });
  return { stage, traineeId };
}

/** What the coordinator's offer card needs: the stage, earlier offers, and the campaign's postings. */
export async function getOfferPanel(tx: Tx, consortiumId: string, applicationId: string) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, consortiumId },
    select: {
      stage: true,
      campaignId: true,
      campaign: { select: { cohort: { select: { startDate: true } } } },
      preferences: { orderBy: { rank: "asc" }, select: { postingId: true } },
      offers: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          startDate: true,
          answerBy: true,
          message: true,
          createdAt: true,
          respondedAt: true,
          withdrawnAt: true,
          employer: { select: { name: true } },
          posting: { select: { title: true } },
        },
      },
    },
  });
  if (!application) return null;
  const postings = await tx.posting.findMany({
    where: { consortiumId, campaignId: application.campaignId, status: { in: ["PUBLISHED", "CLOSED", "APPROVED"] } },
    select: { id: true, title: true, employer: { select: { name: true } } },
    orderBy: [{ employer: { name: "asc" } }, { title: "asc" }],
  });
  const ranked = application.preferences.map((p) => p.postingId);
  postings.sort((a, b) => rankOf(ranked, a.id) - rankOf(ranked, b.id));
  return {
    stage: application.stage,
    offerable: OFFERABLE.includes(application.stage) && !application.offers.some((o) => o.status === "PENDING"),
    offers: application.offers,
    postings: postings.map((p) => ({ id: p.id, label: `${p.title} – ${p.employer.name}`, ranked: ranked.includes(p.id) })),
    defaultStart: application.campaign.cohort.startDate.toISOString().slice(0, 10),
  };
}

function rankOf(ranked: string[], id: string) {
  const i = ranked.indexOf(id);
  return i === -1 ? ranked.length : i;
}
