import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadEmployerDashboard } from "@/lib/dashboards/others";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/ui/data-table";

type Data = Awaited<ReturnType<typeof loadEmployerDashboard>>;

export async function EmployerDashboard({ data, locale, slug }: { data: Data; locale: AppLocale; slug: string }) {
  const t = await getTranslations("dashboard.employer");
  const statuses = await getTranslations("postingStatus");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("postingsTitle")}>
        {data.postings.length === 0 ? (
          <EmptyState>{t("noPostings")}</EmptyState>
        ) : (
          <DataTable caption={t("postingsTitle")} variant="plain" columns={[{ label: t("posting") }, { label: t("status") }, { label: t("applicants"), numeric: true }]}>
            {data.postings.map((p) => (
              <tr key={p.id} className="border-b border-slate-100">
                <td className="py-1">
                  {p.title}
                  <span className="block text-xs text-muted">{p.campaign.cohort.name}</span>
                </td>
                <td className="py-1">{statuses(p.status)}</td>
                <td className="py-1 text-right tabular-nums">{formatNumber(p._count.preferences, locale)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
      <Card
        title={t("traineesTitle")}
        action={
          <Link href={`/c/${slug}/trainees`} className={buttonClass("secondary")}>
            {t("allTrainees")}
          </Link>
        }
      >
        {data.placements.length === 0 ? (
          <EmptyState>{t("noTrainees")}</EmptyState>
        ) : (
          <ul className="space-y-2 text-sm">
            {data.placements.map((p) => (
              <li key={p.id} className="border-b border-slate-100 pb-2">
                <span className="font-medium">{p.trainee.name}</span>
                <span className="block text-muted">
                  {t("placement", { cohort: p.trainee.cohort.name, start: formatDate(p.startDate, locale), end: formatDate(p.endDate, locale) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
