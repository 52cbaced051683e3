import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { listCampaigns } from "@/lib/campaigns/service";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/ui/data-table";

export default async function CampaignsPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "campaign.manage");
  const campaigns = await scoped(ctx, (tx) => listCampaigns(tx, ctx.consortium.id));
  const t = await getTranslations("campaigns");
  const tz = ctx.consortium.timeZone;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead")}
        action={<Link href={`/c/${slug}/campaigns/new`} className={buttonClass("primary")}>{t("new")}</Link>}
      />
      {campaigns.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("cohort") }, { label: t("window") }, { label: t("status") }, { label: t("postings"), numeric: true }, { label: t("applications"), numeric: true }]}>
          {campaigns.map((c) => (
            <tr key={c.id} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/c/${slug}/campaigns/${c.id}`} className="text-brand-700 underline">{c.cohort.name}</Link>
              </th>
              {/* Imported history has no known campaign window: the dates stored are the cohort's start, not a window. */}
              <td className="px-3 py-2">{c.cohort.imported ? <span className="text-muted">{t("importedWindow")}</span> : `${formatDateTime(c.opensAt, locale, tz)} – ${formatDateTime(c.closesAt, locale, tz)}`}</td>
              <td className="px-3 py-2">{t(`statusLabel.${c.status}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(c._count.postings, locale)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(c._count.applications, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
