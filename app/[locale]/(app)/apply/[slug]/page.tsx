import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JoinAsApplicant } from "@/components/applications/join-as-applicant";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { getTenantContext } from "@/lib/auth/tenant-context";
import { findOpenCampaign } from "@/lib/applications/join";
import { findPublicConsortium } from "@/lib/careers/service";
import { formatDateTime } from "@/lib/i18n/format";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ posting?: string }> };

/**
 * Where "Apply" on the career page leads, for anyone signed in: applicants go on to the form;
 * a person new to the consortium first confirms that they want to apply there.
 */
export default async function StartApplicationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { posting } = await searchParams;
  const user = await requireUser(`/apply/${slug}${posting ? `?posting=${encodeURIComponent(posting)}` : ""}`);
  const consortium = await findPublicConsortium(slug);
  if (!consortium) notFound();
  const ctx = await getTenantContext(slug);
  const formHref = { pathname: `/c/${slug}/apply`, query: posting ? { posting } : {} };
  if (ctx?.can("application.apply")) return redirect({ href: formHref, locale });
  const t = await getTranslations("apply.start");
  const campaign = await findOpenCampaign(consortium.id);
  return (
    <>
      <PageHeader title={t("title", { consortium: consortium.name })} />
      {ctx ? (
        <Alert tone="info">{t("staff")}</Alert>
      ) : campaign ? (
        <Card title={t("cardTitle", { cohort: campaign.cohort.name })}>
          <p>{t("lead", { cohort: campaign.cohort.name, deadline: formatDateTime(campaign.closesAt, locale, consortium.timeZone) })}</p>
          <p className="mt-2 text-sm text-muted">{t("as", { email: user.email })}</p>
          <div className="mt-4">
            <JoinAsApplicant slug={slug} posting={posting} />
          </div>
        </Card>
      ) : (
        <Alert tone="info">{t("closed")}</Alert>
      )}
      <p className="mt-6 text-sm">
        <Link href={`/c/${slug}/jobs`} className="text-brand-700 underline">{t("back")}</Link>
      </p>
    </>
  );
}
