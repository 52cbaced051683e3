import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActiveTodoFilters } from "@/components/review/active-todo-filters";
import { ApplicationTable } from "@/components/review/application-table";
import { ratingText } from "@/components/review/rating-text";
import { ReviewBoard } from "@/components/review/review-board";
import { ReviewFiltersForm } from "@/components/review/review-filters";
import { ViewSwitch } from "@/components/review/view-switch";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { filterQuery, parseReviewFilters } from "@/lib/review/schemas";
import { listBoard } from "@/lib/review/board";
import { listApplications, listReviewCampaigns, listReviewFilterOptions, NAMES_FROM_STAGE } from "@/lib/review/service";

export const generateMetadata = pageTitle("review", "title");

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.move");
  const query = await searchParams;
  const filters = parseReviewFilters(query);
  const id = ctx.consortium.id;
  const campaigns = await scoped(ctx, (tx) => listReviewCampaigns(tx, id));
  const t = await getTranslations("review");
  const stages = await getTranslations("stages");
  if (campaigns.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  }
  const campaign = campaigns.find((c) => c.id === filters.campaignId) ?? campaigns.find((c) => c.status === "OPEN") ?? campaigns[0];
  const view = query.view === "board" ? "board" : "table";
  const options = await scoped(ctx, (tx) => listReviewFilterOptions(tx, id, campaign.id));
  const base = `/c/${slug}/applications`;
  // The list's filter with its campaign named: what the candidate page's previous/next and "all N matching" re-run.
  const listQuery = { ...filterQuery(query), campaign: campaign.id };
  const candidateHref = (applicationId: string) => ({ pathname: `/c/${slug}/candidates/${applicationId}`, query: { ...listQuery, list: "review" } });
  const label = (a: { name: string | null; number: number | null }) => a.name ?? t("anonymous", { number: a.number ?? 0 });
  const header = (count: number) => (
    <>
      <PageHeader title={t("title")} description={t("lead", { cohort: campaign.cohort.name, count })} />
      <ReviewFiltersForm
        action={`/${locale}${base}`}
        filters={filters}
        campaignId={campaign.id}
        campaigns={campaigns.map((c) => ({ id: c.id, label: c.cohort.name }))}
        fields={options.fields}
        employers={options.employers}
        maxPreferences={campaign.maxPreferences}
        view={view}
      />
      <ActiveTodoFilters
        filters={filters}
        postingTitle={options.postings.find((p) => p.id === filters.postingId)?.title}
        pathname={base}
        query={query}
        locale={locale}
        timeZone={ctx.consortium.timeZone}
      />
      {filters.anonymised ? <p className="mb-4 text-sm text-muted">{t("anonymisedNote", { stage: stages(NAMES_FROM_STAGE) })}</p> : null}
      <ViewSwitch pathname={base} query={query} view={view} />
    </>
  );
  if (view === "board") {
    const board = await scoped(ctx, (tx) => listBoard(tx, id, campaign.id, filters));
    return (
      <>
        {header(board.total)}
        <ReviewBoard slug={slug} locale={locale} board={board} pathname={base} query={query} linkQuery={{ ...listQuery, list: "review" }} />
      </>
    );
  }
  const result = await scoped(ctx, (tx) => listApplications(tx, id, campaign.id, filters));
  const levels = await getTranslations("options.educationLevel");
  const ties = await getTranslations("options.tie");
  const pageHref = (page: number) => ({ pathname: base, query: { ...query, page: String(page) } as Record<string, string> });
  return (
    <>
      {header(result.total)}
      {result.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ApplicationTable
          slug={slug}
          caption={t("title")}
          total={result.total}
          matchQuery={listQuery}
          rows={result.items.map((a) => ({
            id: a.id,
            label: label(a),
            href: candidateHref(a.id),
            stage: a.stage,
            stageLabel: stages(a.stage),
            university: a.university,
            field: a.field,
            education: levels(a.educationLevel),
            ties: a.ties.map((tie) => ties(tie)).join(", "),
            firstChoice: a.firstChoice,
            rating: ratingText(a, locale) ?? "–",
            submitted: a.submittedAt ? formatDate(a.submittedAt, locale) : "–",
          }))}
        />
      )}
      {result.pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3 text-sm">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)} className="text-brand-700 underline">{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: filters.page, pages: result.pages })}</span>
          {filters.page < result.pages ? <Link href={pageHref(filters.page + 1)} className="text-brand-700 underline">{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
