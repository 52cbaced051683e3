import { getTranslations } from "next-intl/server";
import { whichCheckIn } from "@/components/checkins/check-in-label";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

interface SharedCheckIn {
  id: string;
  monthOffset: number | null;
  dueDate: Date;
  completedAt: Date | null;
  wellbeing: number | null;
  nextSteps: string | null;
  sharedNote: string | null;
}

/**
 * Check-ins as their trainee and employer contact see them: when, and for completed ones the
 * shared part. The rows come from a query that never reads the coordinator's private note.
 */
export async function SharedCheckIns({ checkIns, locale, headingLevel = 3 }: { checkIns: SharedCheckIn[]; locale: AppLocale; headingLevel?: 3 | 4 }) {
  const t = await getTranslations("checkIns");
  const shared = await getTranslations("programme.checkIns");
  const Heading = `h${headingLevel}` as const;
  if (checkIns.length === 0) return <p className="text-sm text-muted">{shared("none")}</p>;
  return (
    <ul className="space-y-3 text-sm">
      {checkIns.map((c) => (
        <li key={c.id} className="rounded-md border border-slate-200 px-3 py-2">
          <Heading className="font-semibold">{whichCheckIn(t, c.monthOffset)}</Heading>
          <p className="text-muted">
            {c.completedAt
              ? shared("doneOn", { date: formatDate(c.completedAt, locale) })
              : shared("dueOn", { date: formatDate(c.dueDate, locale) })}
          </p>
          {c.completedAt ? (
            <dl className="mt-2 space-y-1">
              {c.wellbeing !== null ? (
                <div><dt className="text-muted">{shared("wellbeing")}</dt><dd>{shared("wellbeingValue", { value: formatNumber(c.wellbeing, locale) })}</dd></div>
              ) : null}
              {c.nextSteps ? (
                <div><dt className="text-muted">{shared("nextSteps")}</dt><dd className="whitespace-pre-wrap">{c.nextSteps}</dd></div>
              ) : null}
              {c.sharedNote ? (
                <div><dt className="text-muted">{shared("note")}</dt><dd className="whitespace-pre-wrap">{c.sharedNote}</dd></div>
              ) : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
