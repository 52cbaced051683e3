import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { reviewerOf } from "@/lib/ratings/reviewer";
import { listCandidates } from "@/lib/ratings/service";
import { DataTable } from "@/components/ui/data-table";

export default async function CandidatesPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.rate");
  const candidates = await scoped(ctx, (tx) => listCandidates(tx, reviewerOf(ctx)));
  const t = await getTranslations("ratings");
  const stages = await getTranslations("stages");
  const levels = await getTranslations("options.educationLevel");
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      {candidates.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("applicant") }, { label: t("education") }, { label: t("postings") }, { label: t("stage") }, { label: t("yourRating") }]}>
          {candidates.map((c) => (
            <tr key={c.id} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/c/${slug}/candidates/${c.id}`} className="text-brand-700 underline">{`${c.applicant.firstName} ${c.applicant.lastName}`}</Link>
              </th>
              <td className="px-3 py-2">{`${c.applicant.field} · ${levels(c.applicant.educationLevel)}`}</td>
              <td className="px-3 py-2">{c.preferences.map((p) => t("rankedAs", { rank: p.rank, title: p.posting.title })).join("; ")}</td>
              <td className="px-3 py-2">{stages(c.stage)}</td>
              <td className="px-3 py-2">{c.evaluations[0] ? `${c.evaluations[0].rating}/5` : t("notRated")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
