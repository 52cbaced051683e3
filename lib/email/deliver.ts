import { Resend } from "resend";
import { systemDb } from "../db/client";
import { env } from "../env";
import type { EmailAttachment } from "./outbox";

interface ClaimedEmail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[] | null;
  attempts: number;
}

const LEASE_SECONDS = 120;
/** After this many failed attempts a mail is FAILED: kept in the outbox with its last error. */
export const MAX_ATTEMPTS = 10;

/**
 * Exponential backoff: 30 s, 1 min, 2 min … capped at one hour. The base is a setting
 * (MAIL_RETRY_BASE_SECONDS) so that the mail-outage check can run the same schedule in seconds.
 */
export function retryDelaySeconds(attempts: number, baseSeconds = 30): number {
  return Math.min(3600, baseSeconds * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims due emails with FOR UPDATE SKIP LOCKED (so two instances never take the same row), sends
 * each through Resend with the outbox id as idempotency key, or — without a key — leaves it in the
 * dev mailbox, and records the outcome. Returns how many were delivered.
 */
export async function deliverPendingEmails(batchSize = 20): Promise<number> {
  const db = systemDb();
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail" SET attempts = attempts + 1,
           "nextAttemptAt" = now() + make_interval(secs => ${LEASE_SECONDS})
     WHERE id IN (SELECT id FROM "OutboxEmail"
                   WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
                   ORDER BY "createdAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, html, text, attachments, attempts`;
  let delivered = 0;
  for (const email of claimed) {
    try {
      const providerId = await send(email);
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { status: "SENT", sentAt: new Date(), providerId, lastError: null },
      });
      delivered++;
    } catch (error) {
      const failed = email.attempts >= MAX_ATTEMPTS;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: {
          status: failed ? "FAILED" : "PENDING",
          lastError: String((error as Error).message ?? error).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + retryDelaySeconds(email.attempts, env.MAIL_RETRY_BASE_SECONDS) * 1000),
        },
      });
    }
  }
  return delivered;
}

async function send(email: ClaimedEmail): Promise<string> {
  if (!env.RESEND_API_KEY) return "dev-mailbox";
  const resend = new Resend(env.RESEND_API_KEY);
  const { data, error } = await resend.emails.send(
    {
      from: env.EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    },
    { idempotencyKey: `outbox-${email.id}` },
  );
  if (error) throw new Error(`${error.name}: ${error.message}`);
  return data?.id ?? "resend";
}
