import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { enqueueEmail } from "../email/outbox";
import { env } from "../env";
import { formatDateTime } from "../i18n/format";
import { recipientOf } from "../applications/notify";
import { AppError } from "../server/errors";
import { listPostingScope, type ListActor } from "./actor";
import { withdrawDeadline } from "./duty";
import type { DecideExemptionInput } from "./schemas";

// Deciding the requests to be left off a public list: the coordinator or the posting's own
// employer contact grants or refuses each with a note (the ombudsman asks for a concrete
// assessment of each); the applicant is told by mail, a refusal with the date until which they
// may withdraw from the posting, which the lists wait for. Everything goes in the audit log.

/**
 * Decides one undecided request of a posting the actor keeps lists for. A request of another
 * employer's posting, a private one or another consortium's is not found; one already decided,
 * or of a posting whose lists are out, is refused.
 */
export async function decideExemption(tx: Tx, actor: ListActor, input: Required<DecideExemptionInput>, now = new Date()) {
  const exemption = await tx.listExemption.findFirst({
    where: { id: input.exemptionId, consortiumId: actor.consortium.id, posting: listPostingScope(actor) },
    include: {
      posting: { select: { id: true, title: true, employer: { select: { name: true } }, applicantList: { select: { id: true } } } },
      application: { select: { id: true, applicant: { select: { firstName: true, email: true, userId: true } } } },
    },
  });
  if (!exemption) throw new AppError("notFound");
  if (exemption.posting.applicantList) throw new AppError("listPublished");
  if (exemption.status !== "PENDING") throw new AppError("exemptionDecided");
  const refused = input.decision === "REFUSE";
  const withdrawBy = refused ? withdrawDeadline(now, actor.consortium.timeZone) : null;
  await tx.listExemption.update({
    where: { id: exemption.id },
    data: { status: refused ? "REFUSED" : "GRANTED", decisionNote: input.note, decidedById: actor.userId, decidedAt: now, withdrawBy },
  });
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: refused ? "listExemption.refuse" : "listExemption.grant",
    targetType: "Application",
    targetId: exemption.application.id,
    data: { exemptionId: exemption.id, postingId: exemption.posting.id, note: input.note, ...(withdrawBy ? { withdrawBy: withdrawBy.toISOString() } : {}) },
  });
  const to = await recipientOf(tx, exemption.application.applicant);
  const locale = to.locale ?? actor.consortium.defaultLocale;
  await enqueueEmail(tx, {
    template: "applicant-list",
    to: to.email,
    locale,
    consortiumId: actor.consortium.id,
    applicationId: exemption.application.id,
    props: {
      kind: refused ? "exemptionRefused" : "exemptionGranted",
      consortiumName: actor.consortium.name,
      name: exemption.application.applicant.firstName,
      title: exemption.posting.title,
      employer: exemption.posting.employer.name,
      note: input.note,
      withdrawBy: withdrawBy ? formatDateTime(withdrawBy, locale, actor.consortium.timeZone) : undefined,
      url: `${env.APP_URL}/${locale}/c/${actor.consortium.slug}/me#applicant-lists`,
    },
  });
  return { status: refused ? ("REFUSED" as const) : ("GRANTED" as const), withdrawBy };
}
