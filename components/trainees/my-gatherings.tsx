import { getTranslations } from "next-intl/server";
import { formatTimeRange } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PlannedGathering } from "./gathering-plan";

/** With the trainee's own invitation status, null when not invited. */
type Gathering = PlannedGathering & { attendance: string | null };

/**
 * The trainee's gatherings as a list that reads on a phone: when, where and their own attendance,
 * and for coming ones an .ics to add to a calendar. A past gathering whose attendance was never
 * taken says so, rather than "invited".
 */
export async function MyGatherings({ gatherings, slug, past, locale, timeZone }: { gatherings: Gathering[]; slug: string; past: boolean; locale: AppLocale; timeZone: string }) {
  const t = await getTranslations("programme.gatherings");
  const status = (attendance: string | null) =>
    !attendance ? t("notInvited") : past && attendance === "INVITED" ? t("notRecorded") : t(`attendanceStatus.${attendance}`);
  return (
    <ul className="divide-y divide-slate-200">
      {gatherings.map((g) => (
        <li key={g.id} className="py-3 first:pt-0">
          <h4 className="font-medium">{g.title}</h4>
          <p className="text-xs text-muted">{t(`type.${g.type}`)}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
            <dt className="text-muted">{t("when")}</dt>
            <dd>{formatTimeRange(g.startsAt, g.endsAt, locale, timeZone)}</dd>
            <dt className="text-muted">{t("where")}</dt>
            <dd className="break-words">{g.place}</dd>
            <dt className="text-muted">{t("attendance")}</dt>
            <dd className="font-medium">{status(g.attendance)}</dd>
          </dl>
          {!past && g.attendance ? (
            <a href={`/api/c/${slug}/gatherings/${g.id}/ics`} download className="mt-2 inline-block text-sm text-brand-700 underline">
              {t("addToCalendar", { title: g.title })}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
