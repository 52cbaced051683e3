import { getTranslations, setRequestLocale } from "next-intl/server";
import { RetentionForm } from "@/components/settings/retention-form";
import { MunicipalitiesForm } from "@/components/surveys/municipalities-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";

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
    </>
  );
}
