import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { postingActorOf } from "@/lib/postings/actor";
import { listPostings, POSTING_STATUS_ORDER } from "@/lib/postings/service";
import { pageTitle } from "@/lib/i18n/page-title";
import { DataTable } from "@/components/ui/data-table";

export const generateMetadata = pageTitle("postings", "title");

export default async function PostingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "posting.create");
  const { status } = await searchParams;
  const filter = POSTING_STATUS_ORDER.find((s) => s === status);
  const { postings, counts } = await scoped(ctx, (tx) => listPostings(tx, postingActorOf(ctx), filter));
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const t = await getTranslations("postings");
  const statuses = await getTranslations("postingStatus");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={ctx.can("posting.manageAll") ? t("leadCoordinator") : t("leadEmployer")}
        action={<Link href={`/c/${slug}/postings/new`} className={buttonClass("primary")}>{t("new")}</Link>}
      />
      <nav aria-label={t("filter")} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[undefined, ...POSTING_STATUS_ORDER].map((s) => (
            <li key={s ?? "all"}>
              <Link
                href={{ pathname: `/c/${slug}/postings`, query: s ? { status: s } : {} }}
                aria-current={s === filter ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${s === filter ? "border-brand-600 bg-brand-50 font-semibold" : "border-slate-300 bg-white"}`}
              >
                {t("chip", { label: s ? statuses(s) : t("all"), count: s ? (counts[s] ?? 0) : total })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {postings.length === 0 ? (
        <EmptyState>{filter ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("posting") }, { label: t("employer") }, { label: t("cohort") }, { label: t("status") }, { label: t("places"), numeric: true }, { label: t("applicants"), numeric: true }]}>
          {postings.map((p) => (
            <tr key={p.id} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/c/${slug}/postings/${p.id}`} className="text-brand-700 underline">{p.title}</Link>
              </th>
              <td className="px-3 py-2">{p.employer.name}</td>
              <td className="px-3 py-2">{p.campaign.cohort.name}</td>
              <td className="px-3 py-2">{statuses(p.status)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(p.places, locale)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(p._count.preferences, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
