import { getTranslations } from "next-intl/server";
import { whichCheckIn } from "@/components/checkins/check-in-label";
import { Card, EmptyState } from "@/components/ui/card";
import { isOverdue } from "@/lib/checkins/service";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { listEmployerNextCheckIns } from "@/lib/trainees/employer-view";

type NextCheckIn = Awaited<ReturnType<typeof listEmployerNextCheckIns>>[number];

/** Where the employer dashboard's "next check-ins" lands: exactly the check-ins it counts. */
export async function NextCheckIns({ checkIns, locale, today }: { checkIns: NextCheckIn[]; locale: AppLocale; today: Date }) {
  const t = await getTranslations("employerTrainees");
  const checkInsT = await getTranslations("checkIns");
  return (
    <Card title={t("nextCheckIns")} id="next-check-ins">
      <p className="mb-3 text-sm text-muted">{t("nextCheckInsLead")}</p>
      {checkIns.length === 0 ? (
        <EmptyState>{t("noNextCheckIns")}</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {checkIns.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline gap-x-2">
              <a href={`#trainee-${c.trainee.id}`} className="font-medium text-brand-700 underline">{c.trainee.name}</a>
              <span>{t("nextCheckInLine", { which: whichCheckIn(checkInsT, c.monthOffset), date: formatDate(c.dueDate, locale) })}</span>
              {isOverdue(c, today) ? <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800">{checkInsT("overdue")}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
