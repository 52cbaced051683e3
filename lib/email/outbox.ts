import type { PrismaClient } from "../db/client";
import type { Tx } from "../db/tenant";
import type { AppLocale } from "../i18n/routing";
import { renderEmail, type EmailMessage } from "./render";

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

export type OutboxInput = EmailMessage & {
  attachments?: EmailAttachment[];
  to: string;
  locale: AppLocale;
  /** Null for mail that belongs to no consortium (sign-in links). */
  consortiumId: string | null;
  /** The application a mail to an applicant is about (the candidate's timeline). */
  applicationId?: string;
};

/**
 * Writes an email to the outbox inside the caller's transaction, so the mail exists exactly when
 * the change that caused it does. createMany, not create: it inserts without RETURNING, which
 * row-level security would refuse for rows the app role may write but not read back.
 */
export async function enqueueEmail(db: Tx | PrismaClient, input: OutboxInput): Promise<void> {
  const { subject, html, text } = await renderEmail(input, input.locale);
  await db.outboxEmail.createMany({
    data: [
      {
        consortiumId: input.consortiumId,
        to: input.to,
        locale: input.locale,
        template: input.template,
        subject,
        html,
        text,
        attachments: input.attachments?.length ? (input.attachments as unknown as object[]) : undefined,
        applicationId: input.applicationId ?? null,
      },
    ],
  });
}
