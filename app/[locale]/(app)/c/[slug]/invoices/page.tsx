import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GenerateForm } from "@/components/fees/generate-form";
import { InvoiceFilters } from "@/components/fees/invoice-filters";
import { InvoiceReview } from "@/components/fees/invoice-review";
import { memberGroups } from "@/components/fees/line-rows";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { getInvoiceView, lineScopeOf } from "@/lib/fees/lines";
import { selectableYears } from "@/lib/fees/period";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

export default async function InvoicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ year?: string; status?: string; member?: string }>;
}) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug);
  if (!ctx.can("fees.read") && !ctx.can("invoice.read.own")) notFound();
  const manage = ctx.can("fees.manage");
  const scope = lineScopeOf(ctx);
  const query = await searchParams;
  const { year, status, employerId, lines, members } = await scoped(ctx, (tx) => getInvoiceView(tx, ctx.consortium.id, scope, query));
  const t = await getTranslations("invoices");
  const kinds = await getTranslations("fees.kind");
  const currency = ctx.consortium.currency;
  const grouped = memberGroups(lines, currency, locale, (kind) => kinds(kind));
  const years = [...new Set([...selectableYears(), year])].sort((a, b) => b - a);
  const exportQuery = new URLSearchParams({ year: String(year), locale, ...(status ? { status } : {}), ...(employerId ? { employer: employerId } : {}) });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={scope.all ? t("leadCoordinator") : t("leadEmployer")}
        action={manage ? <Link href={`/c/${slug}/invoices/schedule`} className={buttonClass("secondary")}>{t("scheduleLink")}</Link> : undefined}
      />
      {manage ? (
        <div className="mb-6">
          <Card title={t("generate.title")}>
            <p className="mb-3 text-sm text-muted">{t("generate.lead")}</p>
            <GenerateForm slug={slug} years={years} year={year} />
          </Card>
        </div>
      ) : null}
      <InvoiceFilters action={`/${locale}/c/${slug}/invoices`} years={years} year={year} status={status} members={members} employerId={employerId} />
      <section aria-labelledby="invoice-totals" className="mb-6">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
          <h2 id="invoice-totals" className="text-lg font-semibold">{t("totals.title", { year: String(year) })}</h2>
          {scope.all ? (
            <span className="flex flex-wrap gap-2">
              <a href={`/api/c/${slug}/exports/invoices?${exportQuery}`} download className={buttonClass("secondary")}>{t("export")}</a>
              <a href={`/api/c/${slug}/exports/invoices?${exportQuery}&format=xlsx`} download className={buttonClass("secondary")}>{t("exportXlsx")}</a>
            </span>
          ) : null}
        </div>
        <dl className="grid gap-3 sm:grid-cols-5">
          <Stat label={t("totals.total")} value={grouped.totals.total} />
          <Stat label={t("totals.lines")} value={formatNumber(lines.length, locale)} />
          <Stat label={t("totals.draft")} value={grouped.totals.draft} />
          <Stat label={t("totals.invoiced")} value={grouped.totals.invoiced} />
          <Stat label={t("totals.paid")} value={grouped.totals.paid} />
        </dl>
      </section>
      <InvoiceReview
        slug={slug}
        year={year}
        status={status}
        employerId={employerId}
        currency={currency}
        members={grouped.members}
        editable={manage}
        empty={<EmptyState>{manage ? t("emptyCoordinator", { year: String(year) }) : t("empty", { year: String(year) })}</EmptyState>}
      />
    </>
  );
}
