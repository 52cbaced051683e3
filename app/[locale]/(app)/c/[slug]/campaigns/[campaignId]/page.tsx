import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditCampaignForm } from "@/components/campaigns/campaign-form";
import { FinishRecruitment } from "@/components/campaigns/finish-recruitment";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { campaignStatusAt, getCampaign } from "@/lib/campaigns/service";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { utcToZoned } from "@/lib/i18n/zoned-time";
import { retainUntil } from "@/lib/retention/rules";
import { orNull } from "@/lib/server/errors";

export default async function EditCampaignPage({ params }: { params: Promise<{ locale: AppLocale; slug: string; campaignId: string }> }) {
  const { locale, slug, campaignId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "campaign.manage");
  const campaign = await orNull(scoped(ctx, (tx) => getCampaign(tx, ctx.consortium.id, campaignId)));
  if (!campaign) notFound();
  const t = await getTranslations("campaigns");
  const tz = ctx.consortium.timeZone;
  const consent = (campaign.consentText ?? {}) as Record<string, string>;
  return (
    <>
      <PageHeader
        title={t("editTitle", { cohort: campaign.cohort.name })}
        action={
          <Link href={`/c/${slug}/campaigns/${campaign.id}/setup`} className={buttonClass("secondary")}>
            {t("setup.link")}
          </Link>
        }
      />
      {campaign.status === "CLOSED" ? null : (
        <EditCampaignForm
          slug={slug}
          timeZone={tz}
          defaults={{
            id: campaign.id,
            opensAt: utcToZoned(campaign.opensAt, tz),
            closesAt: utcToZoned(campaign.closesAt, tz),
            maxPreferences: campaign.maxPreferences,
            talentPoolMonths: campaign.talentPoolMonths,
            consentSv: consent.sv ?? "",
            consentNb: consent.nb ?? "",
            consentEn: consent.en ?? "",
          }}
        />
      )}
      {campaign.cohort.imported ? <p className="text-sm text-muted">{t("importedWindow")}</p> : <div className="mt-8">
        <FinishRecruitment
          slug={slug}
          campaignId={campaign.id}
          deadlinePassed={campaignStatusAt(campaign) === "CLOSED"}
          finishedAt={campaign.closingEmailsSentAt ? formatDateTime(campaign.closingEmailsSentAt, locale, tz) : null}
          erasedOn={formatDay(retainUntil(campaign.closesAt, ctx.consortium.retentionMonths), locale, tz)}
          erasedAt={campaign.erasedAt ? formatDateTime(campaign.erasedAt, locale, tz) : null}
        />
      </div>}
    </>
  );
}
