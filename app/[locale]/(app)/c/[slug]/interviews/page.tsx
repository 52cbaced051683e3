import { getTranslations, setRequestLocale } from "next-intl/server";
import { InterviewBoard } from "@/components/interviews/interview-board";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import type { AppLocale } from "@/lib/i18n/routing";
import { getInterviewBoard } from "@/lib/interviews/service";
import { listReviewCampaigns } from "@/lib/review/service";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle("pageTitles", "interviews");

export default async function InterviewsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "interview.manage");
  const { campaign: wanted } = await searchParams;
  const id = ctx.consortium.id;
  const campaigns = await scoped(ctx, (tx) => listReviewCampaigns(tx, id));
  const t = await getTranslations("interviews");
  if (campaigns.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  }
  const campaign = campaigns.find((c) => c.id === wanted) ?? campaigns.find((c) => c.status === "OPEN") ?? campaigns[0];
  const board = await scoped(ctx, (tx) => getInterviewBoard(tx, id, campaign.id));
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { cohort: campaign.cohort.name })} />
      {campaigns.length > 1 ? (
        <form method="get" action={`/${locale}/c/${slug}/interviews`} aria-label={t("campaignPicker")} className="mb-6 flex flex-wrap items-end gap-3">
          <FilterSelect id="interviews-campaign" name="campaign" label={t("campaign")} value={campaign.id} options={campaigns.map((c) => ({ value: c.id, label: c.cohort.name }))} />
          <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
        </form>
      ) : null}
      <InterviewBoard slug={slug} campaignId={campaign.id} board={board} locale={locale} timeZone={ctx.consortium.timeZone} />
    </>
  );
}
