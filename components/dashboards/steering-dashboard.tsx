import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadSteeringDashboard } from "@/lib/dashboards/others";
import { maskSmall } from "@/lib/dashboards/privacy";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

type Data = Awaited<ReturnType<typeof loadSteeringDashboard>>;


export async function SteeringDashboard({ data, locale }: { data: Data; locale: AppLocale }) {
  const t = await getTranslations("dashboard.steering");
  const statuses = await getTranslations("cohortStatus");
  return (
    <Card title={t("cohortsTitle")}>
      {data.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">{t("cohortsTitle")}</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1">{t("cohort")}</th>
              <th scope="col" className="py-1">{t("period")}</th>
              <th scope="col" className="py-1">{t("status")}</th>
              <th scope="col" className="py-1 text-right">{t("trainees")}</th>
              <th scope="col" className="py-1 text-right">{t("completed")}</th>
              <th scope="col" className="py-1 text-right">{t("droppedOut")}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((c) => (
              <tr key={c.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 text-left font-medium">{c.name}</th>
                <td className="py-1">{`${formatDate(c.startDate, locale)} – ${formatDate(c.endDate, locale)}`}</td>
                <td className="py-1">{statuses(c.status)}</td>
                <td className="py-1 text-right tabular-nums">{maskSmall(c.trainees, locale)}</td>
                <td className="py-1 text-right tabular-nums">{maskSmall(c.completed, locale)}</td>
                <td className="py-1 text-right tabular-nums">{maskSmall(c.droppedOut, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-3 text-xs text-muted">{t("maskNote")}</p>
    </Card>
  );
}
