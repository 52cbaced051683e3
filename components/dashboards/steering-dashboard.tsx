import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadSteeringDashboard } from "@/lib/dashboards/others";
import { formatFigure } from "@/lib/outcomes/format";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { OutcomesLinkCard } from "@/components/outcomes/outcomes-link-card";

type Data = Awaited<ReturnType<typeof loadSteeringDashboard>>;


export async function SteeringDashboard({ data, locale, slug }: { data: Data; locale: AppLocale; slug: string }) {
  const t = await getTranslations("dashboard.steering");
  const statuses = await getTranslations("cohortStatus");
  const root = await getTranslations();
  const hidden = (key: string) => root(key);
  return (
    <div className="space-y-6">
      <OutcomesLinkCard slug={slug} />
      <Card title={t("cohortsTitle")}>
        {data.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable caption={t("cohortsTitle")} variant="plain" columns={[{ label: t("cohort") }, { label: t("period") }, { label: t("status") }, { label: t("trainees"), numeric: true }, { label: t("completed"), numeric: true }, { label: t("droppedOut"), numeric: true }]}>
            {data.map((c) => (
              <tr key={c.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 text-left font-medium">{c.name}</th>
                <td className="py-1">{`${formatDate(c.startDate, locale)} – ${formatDate(c.endDate, locale)}`}</td>
                <td className="py-1">{statuses(c.status)}</td>
                <td className="py-1 text-right tabular-nums">{formatFigure(c.trainees, locale, hidden)}</td>
                <td className="py-1 text-right tabular-nums">{formatFigure(c.completed, locale, hidden)}</td>
                <td className="py-1 text-right tabular-nums">{formatFigure(c.droppedOut, locale, hidden)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="mt-3 text-xs text-muted">{t("maskNote")}</p>
      </Card>
    </div>
  );
}
