import type { Tx } from "../db/tenant";
import { customWording } from "../applications/notify";
import { enqueueEmail, type EmailAttachment } from "../email/outbox";
import { env } from "../env";
import { formatTimeRange } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";

export interface InterviewConsortium {
  id: string;
  slug: string;
  name: string;
  defaultLocale: AppLocale;
  timeZone: string;
}

export interface SlotDetails {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  meetingUrl: string | null;
}

export type InterviewMailKind = "interviewInvited" | "interviewBooked" | "interviewReminder" | "interviewCancelled";

export interface InterviewMail {
  kind: InterviewMailKind;
  to: { email: string; locale: AppLocale | null };
  values: Record<string, string>;
  /** The campaign's `emailTemplates`: its own wording, when the coordinator wrote one. */
  templates?: unknown;
  /** Filled in from the slot, in the recipient's language and the consortium's zone. */
  slot?: SlotDetails;
  attachments?: (locale: AppLocale, url: string) => EmailAttachment[];
  /** The application the mail is about (the candidate's timeline). */
  applicationId?: string;
}

/** The applicant's interview page, where they pick or change their time. */
export function interviewUrl(consortium: InterviewConsortium, locale: AppLocale): string {
  return `${env.APP_URL}/${locale}/c/${consortium.slug}/me/interview`;
}

/** Where: the room, the meeting link, or both. */
export function placeOf(slot: Pick<SlotDetails, "location" | "meetingUrl">): string {
  return [slot.location, slot.meetingUrl].filter(Boolean).join(" · ");
}

/** The people a candidate's language is known for: their own setting, else the consortium's. */
export async function localesOf(tx: Tx, userIds: (string | null)[]): Promise<Map<string, AppLocale | null>> {
  const ids = userIds.filter((id): id is string => Boolean(id));
  const users = ids.length ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, locale: true } }) : [];
  return new Map(users.map((u) => [u.id, u.locale]));
}

/** One interview email to a candidate, through the outbox in the caller's transaction. */
export async function mailInterview(tx: Tx, consortium: InterviewConsortium, mail: InterviewMail): Promise<void> {
  const locale = mail.to.locale ?? consortium.defaultLocale;
  const url = interviewUrl(consortium, locale);
  const slotValues: Record<string, string> = mail.slot
    ? { when: formatTimeRange(mail.slot.startsAt, mail.slot.endsAt, locale, consortium.timeZone), place: placeOf(mail.slot) }
    : {};
  await enqueueEmail(tx, {
    template: "applicant",
    to: mail.to.email,
    locale,
    consortiumId: consortium.id,
    applicationId: mail.applicationId,
    attachments: mail.attachments?.(locale, url),
    props: {
      kind: mail.kind,
      consortiumName: consortium.name,
      values: { ...mail.values, ...slotValues },
      url,
      custom: customWording(mail.templates, mail.kind, locale),
    },
  });
}
