import { calendarOrganizer } from "../calendar/organizer";
import type { Tx } from "../db/tenant";
import { enqueueEmail } from "../email/outbox";
import type { GatheringEmailProps } from "../email/templates/gathering-email";
import { env } from "../env";
import { formatTimeRange } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";
import { localesOf } from "../interviews/notify";
import { gatheringMailAttachment, type GatheringForCalendar } from "./ics";

export interface GatheringConsortium {
  id: string;
  slug: string;
  name: string;
  defaultLocale: AppLocale;
  timeZone: string;
}

export interface GatheringRecipient {
  name: string;
  email: string | null;
  userId: string | null;
}

/** The trainee's own page, where the programme and the calendar feed are. */
export function programmeUrl(consortium: Pick<GatheringConsortium, "slug">, locale: AppLocale): string {
  return `${env.APP_URL}/${locale}/c/${consortium.slug}/programme`;
}

/**
 * Mails each trainee about a gathering, with its calendar entry, through the outbox in the
 * caller's transaction: in the trainee's own language, else the consortium's. A trainee with no
 * email address on record gets nothing (the feed still shows the gathering). Returns how many.
 */
export async function mailGathering(
  tx: Tx,
  consortium: GatheringConsortium,
  gathering: GatheringForCalendar & { cohort: { name: string } },
  kind: GatheringEmailProps["kind"],
  recipients: GatheringRecipient[],
  now = new Date(),
): Promise<number> {
  const reachable = recipients.filter((r): r is GatheringRecipient & { email: string } => Boolean(r.email));
  const locales = await localesOf(tx, reachable.map((r) => r.userId));
  const organizer = calendarOrganizer(consortium.name);
  for (const trainee of reachable) {
    const locale = locales.get(trainee.userId ?? "") ?? consortium.defaultLocale;
    await enqueueEmail(tx, {
      template: "gathering",
      to: trainee.email,
      locale,
      consortiumId: consortium.id,
      attachments: [
        gatheringMailAttachment(gathering, {
          stamp: now,
          organizer,
          attendee: { name: trainee.name, email: trainee.email },
          cancelled: kind === "cancelled",
        }),
      ],
      props: {
        kind,
        locale,
        consortiumName: consortium.name,
        name: trainee.name,
        cohort: gathering.cohort.name,
        title: gathering.title,
        when: formatTimeRange(gathering.startsAt, gathering.endsAt, locale, consortium.timeZone),
        place: gathering.place,
        agenda: gathering.agenda,
        url: programmeUrl(consortium, locale),
      },
    });
  }
  return reachable.length;
}
