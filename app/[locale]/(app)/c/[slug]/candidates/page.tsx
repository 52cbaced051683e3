import { getTranslations, setRequestLocale } from "next-intl/server";
import { CandidateFilters } from "@/components/ratings/candidate-filters";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { reviewerOf } from "@/lib/ratings/reviewer";
import { candidateListQuery, listCandidates, parseCandidateFilters } from "@/lib/ratings/service";
import { DataTable } from "@/components/ui/data-table";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("ratings", "title");

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function CandidatesPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.rate");
  const filters = parseCandidateFilters(await searchParams);
  const candidates = await scoped(ctx, (tx) => listCandidates(tx, reviewerOf(ctx), filters));
  const t = await getTranslations("ratings");
  const stages = await getTranslations("stages");
  const levels = await getTranslations("options.educationLevel");
  // The coordinator reads every application as staff; an employer contact speaks for its employer.
  const staff = ctx.can("application.read");
  const listQuery = candidateListQuery(filters);
  return (
    <>
      <PageHeader title={t("title")} description={staff ? t("leadStaff") : t("lead")} />
      <CandidateFilters action={`/${locale}/c/${slug}/candidates`} filters={filters} staff={staff} />
      {candidates.length === 0 ? (
        <EmptyState>{filters.q || filters.unrated || filters.postingId ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("title")}
          columns={[
            { label: t("applicant") },
            { label: t("education") },
            { label: staff ? t("firstChoice") : t("postings") },
            { label: t("stage") },
            { label: staff ? t("myRating") : t("yourRating") },
          ]}
        >
          {candidates.map((c) => (
            <tr key={c.id} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={{ pathname: `/c/${slug}/candidates/${c.id}`, query: listQuery }} className="text-brand-700 underline">
                  {`${c.applicant.firstName} ${c.applicant.lastName}`}
                </Link>
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
