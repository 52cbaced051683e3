import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewCampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { translatorFor } from "@/lib/i18n/messages";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "newCampaign");

export default async function NewCampaignPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "campaign.manage");
  const t = await getTranslations("campaigns");
  // Next year's intake as a starting point: deadline 1 March, start 1 September.
  const year = new Date().getUTCFullYear() + 1;
  const consent = (l: "sv" | "nb" | "en") => translatorFor(l, "campaigns")("defaultConsent", { consortium: ctx.consortium.name });
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newLead")} />
      <NewCampaignForm
        slug={slug}
        timeZone={ctx.consortium.timeZone}
        defaults={{
          cohortName: `${year}/${String(year + 1).slice(2)}`,
          cohortStart: `${year}-09-01`,
          cohortEnd: `${year + 1}-08-31`,
          programmeMonths: 12,
          opensAt: `${year}-01-15 00:00`,
          closesAt: `${year}-03-01 23:59`,
          maxPreferences: 3,
          talentPoolMonths: 12,
          consentSv: consent("sv"),
          consentNb: consent("nb"),
          consentEn: consent("en"),
        }}
      />
    </>
  );
}
