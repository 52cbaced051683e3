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

export default async function MembersPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "member.read");
  const employers = await scoped(ctx, (tx) => listEmployers(tx, ctx.consortium.id));
  const t = await getTranslations("members");
  const options = await getTranslations("options");
  const manage = ctx.can("member.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead", { count: employers.filter((e) => e.status === "ACTIVE").length })}
        action={manage ? <Link href={`/c/${slug}/members/new`} className={buttonClass("primary")}>{t("add")}</Link> : undefined}
      />
      {employers.length === 0 ? (
        <EmptyState>{manage ? t("emptyCoordinator") : t("empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b bg-slate-50 text-left">
                <th scope="col" className="px-3 py-2">{t("name")}</th>
                <th scope="col" className="px-3 py-2">{t("municipality")}</th>
                <th scope="col" className="px-3 py-2">{t("sector")}</th>
                <th scope="col" className="px-3 py-2">{t("memberSince")}</th>
                <th scope="col" className="px-3 py-2">{t("status")}</th>
                {manage ? <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
