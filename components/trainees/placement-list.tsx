import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

interface Placement {
  id: string;
  employerId: string;
  startDate: Date;
  endDate: Date;
  employer: { name: string };
}

/** A trainee's placements in order; a rotation reads as a sequence. `ownEmployerId` marks the reader's. */
export async function PlacementList({ placements, locale, today, ownEmployerId }: { placements: Placement[]; locale: AppLocale; today: Date; ownEmployerId?: string }) {
  const t = await getTranslations("programme.placements");
  return (
    <ol className="space-y-2 text-sm">
      {placements.map((p) => {
        const current = p.startDate <= today && today <= p.endDate;
        return (
          <li key={p.id} className="rounded-md border border-slate-200 px-3 py-2">
            <span className="font-medium">{p.employer.name}</span>
            {p.employerId === ownEmployerId ? <span className="ml-2 text-xs font-semibold text-brand-700">{t("atYou")}</span> : null}
            {current ? <span className="ml-2 rounded bg-green-50 px-2 py-0.5 text-xs font-semibold text-green-900">{t("current")}</span> : null}
            <span className="block text-muted">{t("span", { start: formatDate(p.startDate, locale), end: formatDate(p.endDate, locale) })}</span>
          </li>
        );
      })}
    </ol>
  );
}
