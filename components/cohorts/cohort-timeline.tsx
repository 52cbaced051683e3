import { getTranslations } from "next-intl/server";
import type { Span } from "@/lib/placements/rules";
import { barPosition, monthTicks, todayOffset } from "@/lib/cohorts/timeline";
import { formatDate, intlTag } from "@/lib/i18n/format";
import { intlDateTimeFormat } from "@/lib/i18n/intl-cache";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

export interface TimelineTrainee {
  id: string;
  name: string;
  status: "ACTIVE" | "COMPLETED" | "DROPPED_OUT";
  placements: (Span & { id: string; employer: { name: string } })[];
}

// Leg colours cycle so that neighbouring placements of a rotation are told apart; each pairs a
// light fill with a dark border, and the text stays ink on the light fill (contrast AA).
const COLOURS = ["bg-sky-50 border-sky-700", "bg-emerald-50 border-emerald-700", "bg-amber-50 border-amber-700", "bg-violet-50 border-violet-700"];

/**
 * The cohort's trainees on one time axis, a bar per placement placed by its dates. Every bar
 * carries its employer and dates as text, so the timeline reads as a list without the picture;
 * the table below holds the same data again for those who prefer one.
 */
export async function CohortTimeline({ cohort, trainees, today, slug, locale }: {
  cohort: Span & { id: string; name: string };
  trainees: TimelineTrainee[];
  today: Date;
  slug: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("cohorts.timeline");
  const statuses = await getTranslations("trainees.statusLabel");
  const month = intlDateTimeFormat(intlTag(locale), { month: "short", timeZone: "UTC" });
  const ticks = monthTicks(cohort);
  const now = todayOffset(today, cohort);
  const range = (s: Span) => t("range", { start: formatDate(s.startDate, locale), end: formatDate(s.endDate, locale) });
  const grid = (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0">
      {ticks.map((tick) => (
        <span key={tick.left} className="absolute inset-y-0 border-l border-slate-200" style={{ left: `${tick.left}%` }} />
      ))}
      {now === null ? null : <span className="absolute inset-y-0 border-l-2 border-red-700" style={{ left: `${now}%` }} />}
    </div>
  );
  return (
    <div role="region" tabIndex={0} aria-label={t("label", { cohort: cohort.name })} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <div className="min-w-[52rem] p-3">
        <div aria-hidden="true" className="grid grid-cols-[12rem_1fr] text-xs text-muted">
          <span />
          <div className="relative h-9">
            {ticks.map((tick) => (
              <span key={tick.left} className="absolute pl-1" style={{ left: `${tick.left}%` }}>
                {month.format(tick.date)}
              </span>
            ))}
            {now === null ? null : (
              <span className="absolute top-4 pl-1 font-semibold text-red-800" style={{ left: `${now}%` }}>{t("today")}</span>
            )}
          </div>
        </div>
        <p className="sr-only">{t("axis", { start: formatDate(cohort.startDate, locale), end: formatDate(cohort.endDate, locale) })}</p>
        <ol className="divide-y divide-slate-100">
          {trainees.map((trainee) => (
            <li key={trainee.id} className="grid grid-cols-[12rem_1fr] items-center gap-2 py-2">
              <div className="pr-2 text-sm">
                <Link href={`/c/${slug}/cohorts/${cohort.id}/trainees/${trainee.id}`} className="font-medium text-brand-700 underline">
                  {trainee.name}
                </Link>
                {trainee.status === "ACTIVE" ? null : <span className="block text-xs text-muted">{statuses(trainee.status)}</span>}
              </div>
              <div className="relative h-14">
                {grid}
                {trainee.placements.length === 0 ? (
                  <p className="relative py-4 text-sm text-muted">{t("noPlacements")}</p>
                ) : (
                  <ul aria-label={t("placementsOf", { name: trainee.name })}>
                    {trainee.placements.map((p, i) => {
                      const { left, width } = barPosition(p, cohort);
                      const label = `${p.employer.name}, ${range(p)}`;
                      return (
                        <li
                          key={p.id}
                          title={label}
                          className={`absolute inset-y-1 overflow-hidden rounded border-l-4 px-2 py-1 text-ink ${COLOURS[i % COLOURS.length]}`}
                          style={{ left: `${left}%`, width: `${width}%` }}
                        >
                          <span className="block truncate text-sm font-medium">{p.employer.name}</span>
                          <span className="block truncate text-xs">{range(p)}</span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
