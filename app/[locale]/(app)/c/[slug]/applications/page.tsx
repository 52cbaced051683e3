import { getTranslations, setRequestLocale } from "next-intl/server";
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
import type { AppLocale } from "@/lib/i18n/routing";
import { parseReviewFilters } from "@/lib/review/schemas";
import { listBoard } from "@/lib/review/board";
import { bulkEmailSubjects } from "@/lib/review/bulk-email";
import { listApplications, listReviewCampaigns, listReviewFilterOptions } from "@/lib/review/service";

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
  const filtersForm = (
    <>
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
      <ViewSwitch pathname={base} query={query} view={view} />
    </>
  );
  if (view === "board") {
    const board = await scoped(ctx, (tx) => listBoard(tx, id, campaign.id, filters));
    return (
      <>
        <PageHeader title={t("title")} description={t("lead", { cohort: campaign.cohort.name, count: board.total })} />
        {filtersForm}
        <ReviewBoard slug={slug} locale={locale} board={board} pathname={base} query={query} />
      </>
    );
  }
  const [result, emailSubjects] = await scoped(ctx, (tx) =>
    Promise.all([listApplications(tx, id, campaign.id, filters), bulkEmailSubjects(tx, ctx.consortium, campaign.id, locale)]),
  );
  const stages = await getTranslations("stages");
  const levels = await getTranslations("options.educationLevel");
  const ties = await getTranslations("options.tie");
  const pageHref = (page: number) => ({ pathname: base, query: { ...query, page: String(page) } as Record<string, string> });
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { cohort: campaign.cohort.name, count: result.total })} />
      {filtersForm}
      {result.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ApplicationTable
          slug={slug}
          caption={t("title")}
          emailSubjects={emailSubjects}
          rows={result.items.map((a) => ({
            id: a.id,
            label: a.name ?? t("anonymous", { number: a.number }),
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
