import { getTranslations, setRequestLocale } from "next-intl/server";
import { CohortTable } from "@/components/cohorts/cohort-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { listCohorts } from "@/lib/cohorts/service";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "cohorts");

export default async function CohortsPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "cohort.manage");
  const cohorts = await scoped(ctx, (tx) => listCohorts(tx, ctx.consortium.id));
  const t = await getTranslations("cohorts");
  const imports = await getTranslations("import");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead")}
        action={ctx.can("import.run") ? <Link href={`/c/${slug}/import`} className={buttonClass("secondary")}>{imports("link")}</Link> : null}
      />
      <CohortTable cohorts={cohorts} slug={slug} locale={locale} />
    </>
  );
}
