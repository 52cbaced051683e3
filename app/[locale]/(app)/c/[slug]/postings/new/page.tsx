import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostingForm } from "@/components/postings/posting-form";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { listEmployers } from "@/lib/members/service";
import { listOpenCampaigns } from "@/lib/postings/service";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "newPosting");

export default async function NewPostingPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "posting.create");
  const id = ctx.consortium.id;
  const forAll = ctx.can("posting.manageAll");
  const [campaigns, employers] = await scoped(ctx, (tx) =>
    Promise.all([listOpenCampaigns(tx, id), forAll ? listEmployers(tx, id) : Promise.resolve([])]),
  );
  const t = await getTranslations("postings");
  return (
    <>
      <PageHeader title={t("newTitle")} description={forAll ? t("newLeadCoordinator") : t("newLeadEmployer")} />
      {campaigns.length === 0 ? (
        <EmptyState>{t("noCampaign")}</EmptyState>
      ) : (
        <PostingForm
          slug={slug}
          campaigns={campaigns.map((c) => ({
            id: c.id,
            label: t("campaignOption", { cohort: c.cohort.name, deadline: formatDateTime(c.closesAt, locale, ctx.consortium.timeZone) }),
          }))}
          employers={forAll ? employers.filter((e) => e.status === "ACTIVE").map((e) => ({ id: e.id, label: e.name })) : undefined}
        />
      )}
    </>
  );
}
