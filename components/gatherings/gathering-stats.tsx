import { getTranslations } from "next-intl/server";
import { formatRate, type MarkCounts } from "@/lib/gatherings/rates";
import type { AppLocale } from "@/lib/i18n/routing";
import { Stat } from "../ui/card";

/** The gathering at a glance: who was invited, what was recorded, the rate, and the agenda. */
export async function GatheringStats({ counts, agenda, locale }: { counts: MarkCounts; agenda: string | null; locale: AppLocale }) {
  const t = await getTranslations("gatherings.detail");
  return (
    <section aria-labelledby="gathering-summary" className="space-y-4">
      <h2 id="gathering-summary" className="sr-only">{t("summary")}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label={t("invited")} value={String(counts.invited)} />
        <Stat label={t("present")} value={String(counts.present)} />
        <Stat label={t("excused")} value={String(counts.excused)} />
        <Stat label={t("absent")} value={String(counts.absent)} />
        <Stat label={t("rate")} value={formatRate(counts.rate, locale)} />
      </dl>
      <div>
        <h3 className="text-sm font-semibold">{t("agenda")}</h3>
        <p className="mt-1 whitespace-pre-line text-sm">{agenda ?? t("noAgenda")}</p>
      </div>
    </section>
  );
}
