import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { listCohorts } from "@/lib/cohorts/service";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Row = Awaited<ReturnType<typeof listCohorts>>[number];

/** Every cohort with its dates, status and trainees by status; the name opens the cohort. */
export async function CohortTable({ cohorts, slug, locale }: { cohorts: Row[]; slug: string; locale: AppLocale }) {
  const t = await getTranslations("cohorts");
  const statuses = await getTranslations("cohortStatus");
  const n = (value: number) => formatNumber(value, locale);
  if (cohorts.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        { label: t("cohort") },
        { label: t("start") },
        { label: t("end") },
        { label: t("status") },
        { label: t("active"), numeric: true },
        { label: t("completed"), numeric: true },
        { label: t("droppedOut"), numeric: true },
        { label: t("total"), numeric: true },
      ]}
    >
      {cohorts.map((cohort) => (
        <tr key={cohort.id} className="border-b border-slate-100">
          <th scope="row" className="px-3 py-2 text-left font-medium">
            <Link href={`/c/${slug}/cohorts/${cohort.id}`} className="text-brand-700 underline">
              {cohort.name}
            </Link>
          </th>
          <td className="px-3 py-2 tabular-nums">{formatDate(cohort.startDate, locale)}</td>
          <td className="px-3 py-2 tabular-nums">{formatDate(cohort.endDate, locale)}</td>
          <td className="px-3 py-2">{statuses(cohort.status)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{n(cohort.byStatus.ACTIVE)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{n(cohort.byStatus.COMPLETED)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{n(cohort.byStatus.DROPPED_OUT)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{n(cohort.total)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
