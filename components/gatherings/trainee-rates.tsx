import { getTranslations } from "next-intl/server";
import { formatRate } from "@/lib/gatherings/rates";
import type { TraineeRate } from "@/lib/gatherings/service";
import type { AppLocale } from "@/lib/i18n/routing";
import { EmptyState } from "../ui/card";
import { DataTable } from "../ui/data-table";

/**
 * Each trainee's attendance at the gatherings held so far: the rate with the excused and absent
 * counts beside it, so an excused absence is told apart from an unexplained one.
 */
export async function TraineeRates({ rows, cohortName, locale }: { rows: TraineeRate[]; cohortName: string; locale: AppLocale }) {
  const t = await getTranslations("gatherings.rates");
  if (rows.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">{t("note")}</p>
      <DataTable
        caption={t("caption", { cohort: cohortName })}
        columns={[
          { label: t("trainee") },
          { label: t("held"), numeric: true },
          { label: t("present"), numeric: true },
          { label: t("excused"), numeric: true },
          { label: t("absent"), numeric: true },
          { label: t("unrecorded"), numeric: true },
          { label: t("rate"), numeric: true },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100">
            <th scope="row" className="px-3 py-2 text-left font-medium">
              {r.name}
              {r.status !== "ACTIVE" ? <span className="ml-1 text-xs font-normal text-muted">{t("left")}</span> : null}
            </th>
            <td className="px-3 py-2 text-right tabular-nums">{r.invited}</td>
            <td className="px-3 py-2 text-right tabular-nums">{r.present}</td>
            <td className="px-3 py-2 text-right tabular-nums">{r.excused}</td>
            <td className="px-3 py-2 text-right tabular-nums">{r.absent}</td>
            <td className="px-3 py-2 text-right tabular-nums">{r.unrecorded}</td>
            <td className="px-3 py-2 text-right font-semibold tabular-nums">{formatRate(r.rate, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
