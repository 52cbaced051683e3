import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { hasAlumniConsent } from "./timing";

const CONSENT_FIELDS = { id: true, alumniConsentAt: true, alumniConsentWithdrawnAt: true } as const;

/** The signed-in trainee's consent to follow-up contact (their latest trainee record), or null. */
export async function getAlumniConsent(tx: Tx, consortiumId: string, userId: string) {
  return tx.trainee.findFirst({ where: { consortiumId, userId }, select: CONSENT_FIELDS, orderBy: { createdAt: "desc" } });
}

/**
 * Gives or withdraws the signed-in trainee's consent to be contacted after the programme (the
 * surveys a year and three years on). It is the person's, so it applies to each of their trainee
 * records in the consortium and to no one else's. Withdrawing clears the consent and notes when;
 * each change is audited; asking for what is already so changes nothing.
 */
export async function setAlumniConsent(tx: Tx, actor: { consortiumId: string; userId: string }, consent: boolean, now = new Date()) {
  const trainees = await tx.trainee.findMany({ where: { consortiumId: actor.consortiumId, userId: actor.userId }, select: CONSENT_FIELDS });
  if (!trainees.length) throw new AppError("notFound");
  for (const trainee of trainees.filter((t) => hasAlumniConsent(t) !== consent)) {
    await tx.trainee.updateMany({
      where: { id: trainee.id, consortiumId: actor.consortiumId },
      data: consent ? { alumniConsentAt: now } : { alumniConsentAt: null, alumniConsentWithdrawnAt: now },
    });
    await recordAudit(tx, {
      consortiumId: actor.consortiumId,
      actorUserId: actor.userId,
      action: consent ? "trainee.alumniConsent.given" : "trainee.alumniConsent.withdrawn",
      targetType: "Trainee",
      targetId: trainee.id,
    });
  }
  return { consent };
}
