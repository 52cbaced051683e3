import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { lockApplicant, withdrawApplication, type ApplicantActor } from "../applications/service";
import { AppError } from "../server/errors";
import type { ListHeading } from "./publish";

// The applicant's side after a decision: what they asked and what was decided, the lists they
// are on, and their answer to a refusal — withdraw from that posting (the rest of the
// application stands) or stay on the list — until the stated date and before the list is out.

export async function myListItems(tx: Tx, consortiumId: string, userId: string) {
  const applications = await tx.application.findMany({ where: { consortiumId, applicant: { userId } }, select: { id: true } });
  if (!applications.length) return { requests: [], lists: [] };
  const ids = applications.map((a) => a.id);
  const [requests, lists] = await Promise.all([
    tx.listExemption.findMany({
      where: { consortiumId, applicationId: { in: ids } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true, status: true, reason: true, decisionNote: true, decidedAt: true, withdrawBy: true, answer: true,
        posting: { select: { title: true, employer: { select: { name: true } }, applicantList: { select: { publishedAt: true } } } },
      },
    }),
    tx.applicantList.findMany({
      where: { consortiumId, applicationIds: { hasSome: ids } },
      orderBy: { publishedAt: "desc" },
      select: { postingId: true, publishedAt: true, heading: true },
    }),
  ]);
  return { requests, lists: lists.map((l) => ({ ...l, heading: l.heading as unknown as ListHeading })) };
}

/**
 * For the right of access: each published list the person is on, with the row that names them
 * (the extended list's, which holds everything the public one does).
 */
export async function myListRows(tx: Tx, consortiumId: string, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const lists = await tx.applicantList.findMany({
    where: { consortiumId, applicationIds: { hasSome: applicationIds } },
    select: { publishedAt: true, heading: true, applicationIds: true, extendedRows: true },
  });
  return lists.map((l) => {
    const index = l.applicationIds.findIndex((id) => applicationIds.includes(id));
    return { posting: (l.heading as unknown as ListHeading).title, publishedAt: l.publishedAt, row: (l.extendedRows as unknown[])[index] ?? null };
  });
}

/** Whether a refusal can still be answered at `now`. */
export function canAnswer(e: { status: string; answer: string | null; withdrawBy: Date | null; published: boolean }, now = new Date()) {
  return e.status === "REFUSED" && !e.answer && !e.published && Boolean(e.withdrawBy && e.withdrawBy > now);
}

/**
 * Answers a refusal of the person's own request. Withdrawing takes the posting out of the
 * ranking (the others move up); when it was the only one, the whole application is withdrawn.
 */
export async function answerRefusal(tx: Tx, actor: ApplicantActor, exemptionId: string, answer: "WITHDREW" | "KEPT", now = new Date()) {
  await lockApplicant(tx, actor);
  const exemption = await tx.listExemption.findFirst({
    where: { id: exemptionId, consortiumId: actor.consortium.id, application: { applicant: { userId: actor.userId } } },
    select: {
      id: true, status: true, answer: true, withdrawBy: true, postingId: true,
      posting: { select: { applicantList: { select: { id: true } } } },
      application: { select: { id: true, stage: true, campaignId: true, preferences: { orderBy: { rank: "asc" }, select: { id: true, postingId: true } } } },
    },
  });
  if (!exemption || exemption.status !== "REFUSED") throw new AppError("notFound");
  if (!canAnswer({ ...exemption, published: Boolean(exemption.posting.applicantList) }, now)) throw new AppError("withdrawClosed");
  const { application } = exemption;
  if (answer === "WITHDREW") {
    const others = application.preferences.filter((p) => p.postingId !== exemption.postingId);
    if (others.length === 0) await withdrawApplication(tx, actor, application.campaignId, now);
    else {
      if (application.stage === "OFFER" || application.stage === "HIRED") throw new AppError("stageLocked");
      await tx.applicationPreference.deleteMany({ where: { applicationId: application.id, postingId: exemption.postingId } });
      // Ranks are unique per application: moving each up in order never meets a taken one.
      for (const [i, p] of others.entries()) await tx.applicationPreference.update({ where: { id: p.id }, data: { rank: i + 1 } });
    }
  }
  await tx.listExemption.update({ where: { id: exemption.id }, data: { answer, answeredAt: now } });
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: answer === "WITHDREW" ? "listExemption.withdrew" : "listExemption.kept",
    targetType: "Application",
    targetId: application.id,
    data: { exemptionId: exemption.id, postingId: exemption.postingId },
  });
  return { answer };
}
