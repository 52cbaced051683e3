import { getTranslations, setRequestLocale } from "next-intl/server";
import { RetentionForm } from "@/components/settings/retention-form";
import { MunicipalitiesForm } from "@/components/surveys/municipalities-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "settings");

export default async function SettingsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "consortium.update");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      <Card title={t("retention.title")}>
        <p className="mb-4 max-w-2xl text-sm">{t("retention.lead")}</p>
        <RetentionForm slug={slug} retentionMonths={ctx.consortium.retentionMonths} />
      </Card>
      <div className="mt-6">
        <Card title={t("municipalities.title")}>
          <p className="mb-4 max-w-2xl text-sm">{t("municipalities.lead")}</p>
          <MunicipalitiesForm slug={slug} municipalities={ctx.consortium.municipalities} />
        </Card>
      </div>
      {ctx.can("apiToken.manage") ? (
        <div className="mt-6">
          <Card title={t("apiTokens.title")}>
            <p className="mb-3 max-w-2xl text-sm">{t("apiTokens.lead")}</p>
            <Link href={`/c/${slug}/settings/api-tokens`} className={buttonClass("secondary")}>{t("apiTokens.link")}</Link>
          </Card>
        </div>
      ) : null}
    </>
  );
}
