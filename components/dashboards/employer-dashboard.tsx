import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadEmployerDashboard } from "@/lib/dashboards/others";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import type { EmployerInbox } from "@/lib/dashboards/inbox";
import { employerItems } from "./inbox-items";
import { TodoInbox } from "./todo-inbox";

type Data = Awaited<ReturnType<typeof loadEmployerDashboard>>;

export async function EmployerDashboard({ data, inbox, locale, slug }: { data: Data; inbox: EmployerInbox; locale: AppLocale; slug: string }) {
  const t = await getTranslations("dashboard.employer");
  const statuses = await getTranslations("postingStatus");
  const base = `/c/${slug}`;
  return (
    <div className="space-y-6">
    <TodoInbox items={employerItems(slug, inbox)} locale={locale} />
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("postingsTitle")}>
        {data.postings.length === 0 ? (
          <EmptyState>{t("noPostings")}</EmptyState>
        ) : (
          <DataTable caption={t("postingsTitle")} variant="plain" columns={[{ label: t("posting") }, { label: t("status") }, { label: t("applicants"), numeric: true }]}>
            {data.postings.map((p) => (
              <tr key={p.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 text-left font-normal">
                  <Link href={`${base}/postings/${p.id}`} className="text-brand-700 underline">{p.title}</Link>
                  <span className="block text-xs text-muted">{p.campaign.cohort.name}</span>
                </th>
                <td className="py-1">
                  <Link href={{ pathname: `${base}/postings`, query: { status: p.status } }} className="text-brand-700 underline">{statuses(p.status)}</Link>
                </td>
                <td className="py-1 text-right tabular-nums">
                  <Link href={{ pathname: `${base}/candidates`, query: { posting: p.id } }} className="text-brand-700 underline" aria-label={t("applicantsOf", { count: p._count.preferences, title: p.title })}>
                    {formatNumber(p._count.preferences, locale)}
                  </Link>
                </td>
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
                <Link href={`${base}/trainees#trainee-${p.trainee.id}`} className="font-medium text-brand-700 underline">{p.trainee.name}</Link>
                <span className="block text-muted">
                  {t("placement", { cohort: p.trainee.cohort.name, start: formatDate(p.startDate, locale), end: formatDate(p.endDate, locale) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
    </div>
  );
}
