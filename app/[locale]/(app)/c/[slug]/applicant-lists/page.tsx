import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { listActorOf } from "@/lib/applicant-lists/actor";
import { listListPostings } from "@/lib/applicant-lists/lists";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { orNull } from "@/lib/server/errors";

export const generateMetadata = pageTitle("applicantLists", "pageTitle");

/** The public members' postings and their lists (Norwegian consortia only; elsewhere a 404). */
export default async function ApplicantListsPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "applicantList.manage");
  const postings = await orNull(scoped(ctx, (tx) => listListPostings(tx, listActorOf(ctx))));
  if (!postings) notFound();
  const t = await getTranslations("applicantLists");
  const at = (date: Date) => formatDateTime(date, locale, ctx.consortium.timeZone);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-3xl text-sm">{t("lead")}</p>
      {postings.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("table.caption")}
          columns={[
            { label: t("table.posting") },
            { label: t("table.deadline") },
            { label: t("table.applicants"), numeric: true },
            { label: t("table.undecided"), numeric: true },
            { label: t("table.list") },
          ]}
        >
          {postings.map((p) => (
            <tr key={p.id} className="border-b last:border-0 align-top">
              <td className="px-3 py-2">
                <Link href={`/c/${slug}/applicant-lists/${p.id}`} className="font-medium text-brand-700 underline">{p.title}</Link>
                <div className="text-muted">{`${p.employer} · ${t("table.cohort")} ${p.cohort}`}</div>
              </td>
              <td className="px-3 py-2">{at(p.closesAt)}</td>
              <td className="px-3 py-2 text-right">{p.applicants}</td>
              <td className="px-3 py-2 text-right">{p.undecided}</td>
              <td className="px-3 py-2">{p.publishedAt ? t("table.published", { date: at(p.publishedAt) }) : t("table.notPublished")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
