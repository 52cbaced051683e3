import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadSteeringDashboard } from "@/lib/dashboards/others";
import { formatFigure } from "@/lib/outcomes/format";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { OutcomesLinkCard } from "@/components/outcomes/outcomes-link-card";
import type { SteeringInbox } from "@/lib/dashboards/inbox";
import { Link } from "@/lib/i18n/navigation";
import { steeringItems } from "./inbox-items";
import { TodoInbox } from "./todo-inbox";

type Data = Awaited<ReturnType<typeof loadSteeringDashboard>>;


export async function SteeringDashboard({ data, inbox, locale, slug }: { data: Data; inbox: SteeringInbox; locale: AppLocale; slug: string }) {
  const t = await getTranslations("dashboard.steering");
  const statuses = await getTranslations("cohortStatus");
  const root = await getTranslations();
  const hidden = (key: string) => root(key);
  // Each figure opens the cohort's outcome figures, protected there the same way.
  const count = (cohortId: string, value: Parameters<typeof formatFigure>[0]) => (
    <Link href={{ pathname: `/c/${slug}/outcomes`, query: { cohort: cohortId } }} className="text-brand-700 underline">
      {formatFigure(value, locale, hidden)}
    </Link>
  );
  return (
    <div className="space-y-6">
      <TodoInbox items={steeringItems(slug, inbox)} locale={locale} />
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
                <td className="py-1 text-right tabular-nums">{count(c.id, c.trainees)}</td>
                <td className="py-1 text-right tabular-nums">{count(c.id, c.completed)}</td>
                <td className="py-1 text-right tabular-nums">{count(c.id, c.droppedOut)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="mt-3 text-xs text-muted">{t("maskNote")}</p>
      </Card>
    </div>
  );
}
