import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailTemplatesForm, type TemplateTexts } from "@/components/campaigns/email-templates-form";
import { SetupRowsForm } from "@/components/campaigns/setup-rows-form";
import { PageHeader } from "@/components/ui/page-header";
import { APPLICANT_EMAIL_KINDS, type ApplicantEmailKind } from "@/lib/applications/email-kinds";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { getCampaign } from "@/lib/campaigns/service";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { criteriaOf } from "@/lib/ratings/schemas";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

const KINDS = Object.keys(APPLICANT_EMAIL_KINDS) as ApplicantEmailKind[];
type Stored = Partial<Record<string, Partial<Record<string, { subject?: string; body?: string }>>>>;

const PANEL = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

/** Stored criteria or questions as the form edits them: nothing else, no language missing. */
function rowsOf(json: unknown, withRequired: boolean) {
  return criteriaOf(json).map((row) => ({
    key: row.key,
    label: { sv: row.label.sv ?? "", nb: row.label.nb ?? "", en: row.label.en ?? "" },
    ...(withRequired ? { required: (row as { required?: unknown }).required === true } : {}),
  }));
}

/** Every kind in every language, from `pick` (stored wording or the catalog's). */
function textsBy(pick: (kind: ApplicantEmailKind, locale: AppLocale) => { subject: string; body: string }): TemplateTexts {
  return Object.fromEntries(KINDS.map((kind) => [kind, Object.fromEntries(locales.map((l) => [l, pick(kind, l)]))])) as TemplateTexts;
}

export const generateMetadata = pageTitle("pageTitles", "campaignSetup");

export default async function CampaignSetupPage({ params }: { params: Promise<{ locale: AppLocale; slug: string; campaignId: string }> }) {
  const { locale, slug, campaignId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "campaign.manage");
  const campaign = await orNull(scoped(ctx, (tx) => getCampaign(tx, ctx.consortium.id, campaignId)));
  if (!campaign) notFound();
  const t = await getTranslations("campaigns.setup");
  const catalogs = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await getTranslations({ locale: l, namespace: "email.applicant" })])));
  const stored = (campaign.emailTemplates ?? {}) as Stored;
  return (
    <>
      <PageHeader title={t("title", { cohort: campaign.cohort.name })} description={t("lead")} />
      <div className="max-w-4xl space-y-6">
        <div className={PANEL}>
          <SetupRowsForm slug={slug} variant="criteria" campaignId={campaign.id} rows={rowsOf(campaign.ratingCriteria, false)} />
        </div>
        <div className={PANEL}>
          <SetupRowsForm slug={slug} variant="questions" campaignId={campaign.id} rows={rowsOf(campaign.extraQuestions, true)} />
        </div>
        <div className={PANEL}>
          <EmailTemplatesForm
            slug={slug}
            campaignId={campaign.id}
            locale={locale}
            templates={textsBy((kind, l) => ({ subject: stored[kind]?.[l]?.subject ?? "", body: stored[kind]?.[l]?.body ?? "" }))}
            defaults={textsBy((kind, l) => ({ subject: catalogs[l].raw(`${kind}.subject`), body: catalogs[l].raw(`${kind}.body`) }))}
          />
        </div>
      </div>
    </>
  );
}
