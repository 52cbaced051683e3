import type { Tx } from "../db/tenant";
import { enqueueEmail, type EmailAttachment } from "../email/outbox";
import { env } from "../env";
import type { AppLocale } from "../i18n/routing";

export interface ApplicantMail {
  consortium: { id: string; slug: string; name: string; defaultLocale: AppLocale };
  /** The campaign's own wording per step and language, when the coordinator wrote one. */
  templates?: unknown;
  to: { email: string; locale: AppLocale | null };
  kind: string;
  values: Record<string, string>;
  /** Path inside the consortium the button opens, e.g. "/me". */
  path?: string;
  attachments?: EmailAttachment[];
  /** Wording written for this one mail (the composer); wins over the campaign's and the catalog's. */
  custom?: { subject: string; body: string };
  /** Paragraphs after the body: the coordinator's own message with an offer, an answer-by date. */
  notes?: string[];
  /** The application the mail is about, so the candidate's timeline lists it. */
  applicationId?: string;
}

/** The campaign's own subject and body for this kind and language, when both were written. */
export function customWording(templates: unknown, kind: string, locale: AppLocale) {
  const entry = (templates as Record<string, Record<string, { subject?: unknown; body?: unknown }>> | null)?.[kind]?.[locale];
  return typeof entry?.subject === "string" && typeof entry.body === "string" && entry.subject.trim() && entry.body.trim()
    ? { subject: entry.subject, body: entry.body }
    : undefined;
}

/** One email to an applicant, in their language, through the outbox in the caller's transaction. */
export async function mailApplicant(tx: Tx, mail: ApplicantMail): Promise<void> {
  const locale = mail.to.locale ?? mail.consortium.defaultLocale;
  await enqueueEmail(tx, {
    template: "applicant",
    to: mail.to.email,
    locale,
    consortiumId: mail.consortium.id,
    applicationId: mail.applicationId,
    attachments: mail.attachments,
    props: {
      kind: mail.kind,
      consortiumName: mail.consortium.name,
      values: mail.values,
      url: mail.path ? `${env.APP_URL}/${locale}/c/${mail.consortium.slug}${mail.path}` : undefined,
      custom: mail.custom ?? customWording(mail.templates, mail.kind, locale),
      notes: mail.notes,
    },
  });
}

/** Where an applicant's mail goes: their address, in the language they last used here, if known. */
export async function recipientOf(tx: Tx, applicant: { email: string; userId: string | null }) {
  const user = applicant.userId ? await tx.user.findUnique({ where: { id: applicant.userId }, select: { locale: true } }) : null;
  return { email: applicant.email, locale: (user?.locale ?? null) as AppLocale | null };
}
