import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { ImportFormatTable } from "@/components/import/format-table";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import type { AppLocale } from "@/lib/i18n/routing";

/** Import of earlier years' spreadsheets: the format, then check (dry run) and import. */
export default async function ImportPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "import.run");
  const t = await getTranslations("import");
  const links = { cohorts: `/c/${slug}/cohorts`, outcomes: ctx.can("metrics.read") ? `/c/${slug}/outcomes` : null };
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      <div className="space-y-6">
        <ImportForm slug={slug} links={links} />
        <Card title={t("format.title")}>
          <p className="mb-3 max-w-3xl text-sm text-muted">{t("format.lead")}</p>
          <ImportFormatTable />
        </Card>
        <Card title={t("templates.title")}>
          <p className="mb-3 max-w-3xl text-sm text-muted">{t("templates.lead")}</p>
          <ul className="flex flex-wrap gap-3">
            {(["trainees", "campaigns"] as const).flatMap((file) =>
              (["csv", "xlsx"] as const).map((format) => (
                <li key={`${file}-${format}`}>
                  <a href={`/api/c/${slug}/import/template?file=${file}&format=${format}&locale=${locale}`} download className={buttonClass("secondary")}>
                    {t("templates.download", { file: t(`files.${file}`), format: format === "csv" ? "CSV" : "Excel" })}
                  </a>
                </li>
              )),
            )}
          </ul>
        </Card>
      </div>
    </>
  );
}
