import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listEmployers } from "@/lib/members/service";
import { DataTable } from "@/components/ui/data-table";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("members", "title");

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ contact?: string }> };

export default async function MembersPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "member.read");
  const all = await scoped(ctx, (tx) => listEmployers(tx, ctx.consortium.id));
  const t = await getTranslations("members");
  const options = await getTranslations("options");
  const manage = ctx.can("member.manage");
  // The dashboard's "members without a survey contact": active members nobody speaks for.
  const withoutContact = manage && (await searchParams).contact === "none";
  const employers = withoutContact ? all.filter((e) => e.status === "ACTIVE" && e._count.memberships === 0) : all;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead", { count: all.filter((e) => e.status === "ACTIVE").length })}
        action={manage ? <Link href={`/c/${slug}/members/new`} className={buttonClass("primary")}>{t("add")}</Link> : undefined}
      />
      {withoutContact ? (
        <p className="mb-4 rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-sm">
          {t.rich("withoutContactNote", {
            people: (chunks) => <Link href={`/c/${slug}/people`} className="text-brand-700 underline">{chunks}</Link>,
            all: (chunks) => <Link href={`/c/${slug}/members`} className="text-brand-700 underline">{chunks}</Link>,
          })}
        </p>
      ) : null}
      {employers.length === 0 ? (
        <EmptyState>{manage ? t("emptyCoordinator") : t("empty")}</EmptyState>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("name") }, { label: t("municipality") }, { label: t("sector") }, { label: t("memberSince") }, { label: t("status") }, manage && { label: t("actions"), visuallyHidden: true }]}>
          {employers.map((e) => (
            <tr key={e.id} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {e.name}
                {manage ? <span className="block text-xs font-normal text-muted">{e.orgNumber}</span> : null}
              </th>
              <td className="px-3 py-2">{e.municipality}</td>
              <td className="px-3 py-2">{options(`sector.${e.sector}`)}</td>
              <td className="px-3 py-2">{formatDate(e.memberSince, locale)}</td>
              <td className="px-3 py-2">{options(`employerStatus.${e.status}`)}</td>
              {manage ? (
                <td className="px-3 py-2 text-right">
                  <Link href={`/c/${slug}/members/${e.id}`} className="text-brand-700 underline">
                    {t("edit")}
                    <span className="sr-only"> {e.name}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
