import { getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { WaveStats } from "@/lib/surveys/overview";
import { DataTable } from "../ui/data-table";

interface CohortWaves {
  id: string;
  name: string;
  waves: WaveStats[];
}

/** Per cohort and wave (and the employers' survey): how many were sent, reminded, answered, and where people live. */
export async function WaveTable({ cohorts, locale }: { cohorts: CohortWaves[]; locale: AppLocale }) {
  const t = await getTranslations("surveys.overview");
  const n = (value: number) => formatNumber(value, locale);
  const columns = [
    { label: t("cohort") },
    { label: t("survey") },
    { label: t("due") },
    { label: t("sent"), numeric: true },
    { label: t("reminded"), numeric: true },
    { label: t("answered"), numeric: true },
    { label: t("responseRate"), numeric: true },
    { label: t("livesYes"), numeric: true },
    { label: t("livesNo"), numeric: true },
    { label: t("livesUnknown"), numeric: true },
  ];
  return (
    <DataTable caption={t("caption")} columns={columns}>
      {cohorts.flatMap((cohort) =>
        cohort.waves.map((w) => {
          const employer = w.wave === "EMPLOYER";
          return (
            <tr key={`${cohort.id}-${w.wave}`} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">{cohort.name}</th>
              <td className="px-3 py-2">{t(`wave.${w.wave}`)}</td>
              <td className="px-3 py-2">{formatDate(w.dueDate, locale)}</td>
              <td className="px-3 py-2 text-right">{n(w.sent)}</td>
              <td className="px-3 py-2 text-right">{n(w.reminded)}</td>
              <td className="px-3 py-2 text-right">{n(w.answered)}</td>
              <td className="px-3 py-2 text-right">{w.sent ? t("percent", { value: Math.round((100 * w.answered) / w.sent) }) : t("none")}</td>
              <td className="px-3 py-2 text-right">{employer ? t("none") : n(w.livesYes)}</td>
              <td className="px-3 py-2 text-right">{employer ? t("none") : n(w.livesNo)}</td>
              <td className="px-3 py-2 text-right">{employer ? t("none") : n(w.livesUnknown)}</td>
            </tr>
          );
        }),
      )}
    </DataTable>
  );
}
