import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationForm } from "@/components/applications/application-form";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { publicPostingsOf } from "@/lib/applicant-lists/form";
import { formValuesOf, getApplyPage } from "@/lib/applications/service";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { localized } from "@/lib/i18n/localized";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { retainUntil } from "@/lib/retention/rules";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ posting?: string }> };

export const generateMetadata = pageTitle("pageTitles", "apply");

export default async function ApplyPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.apply");
  const { posting } = await searchParams;
  const page = await scoped(ctx, (tx) => getApplyPage(tx, ctx.consortium.id, ctx.user.id));
  const t = await getTranslations("apply");
  if (!page) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  }
  const { campaign } = page;
  const { values, cv, video } = formValuesOf(page);
  const questions = Array.isArray(campaign.extraQuestions)
    ? (campaign.extraQuestions as { key: string; label: Record<string, string>; required?: boolean }[]).map((q) => ({
        key: q.key,
        label: localized(q.label, locale),
        required: Boolean(q.required),
      }))
    : [];
  const lists = await getTranslations("applicantLists.form");
  const sent = page.application && page.application.stage !== "DRAFT" && page.application.stage !== "WITHDRAWN";
  return (
    <>
      <PageHeader
        title={t("titleFor", { cohort: campaign.cohortName })}
        description={t("deadline", { at: formatDateTime(campaign.closesAt, locale, ctx.consortium.timeZone) })}
        action={<Link href={`/c/${slug}/me`} className="text-brand-700 underline">{t("myPage")}</Link>}
      />
      {sent ? <div className="mb-6"><Alert tone="success">{t("alreadySent")}</Alert></div> : null}
      <ApplicationForm
        slug={slug}
        locale={locale}
        campaign={{
          id: campaign.id,
          open: campaign.isOpen,
          maxPreferences: campaign.maxPreferences,
          talentPoolMonths: campaign.talentPoolMonths,
          consentText: localized(campaign.consentText as Record<string, string>, locale),
          questions,
        }}
        postings={page.postings.map((p) => ({ id: p.id, label: `${p.title} – ${p.employer.name}, ${p.municipality}` }))}
        initial={values}
        cv={cv ? { name: cv.name, size: cv.size } : null}
        video={video ? { type: video.type, size: video.size, durationMs: video.durationMs } : null}
        recording={{ consortium: ctx.consortium.name, retainUntil: formatDate(retainUntil(campaign.closesAt, ctx.consortium.retentionMonths), locale) }}
        sent={Boolean(sent)}
        preselect={page.postings.some((p) => p.id === posting) && campaign.isOpen ? posting : undefined}
        publicPostings={publicPostingsOf(ctx.consortium.country, page.postings, { applicantList: lists("noteList"), publicDocument: lists("notePublicDocument") })}
      />
    </>
  );
}
