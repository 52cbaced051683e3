import { getTranslations, setRequestLocale } from "next-intl/server";
import { FeeBasisTable } from "@/components/fees/fee-basis-table";
import { RuleForm } from "@/components/fees/rule-form";
import { basisRows, ruleRows } from "@/components/fees/rule-rows";
import { RuleTable } from "@/components/fees/rule-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { listFeeBases, listFeeRules } from "@/lib/fees/rules";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "feeSchedule");

export default async function FeeSchedulePage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "fees.read");
  const manage = ctx.can("fees.manage");
  const [rules, bases] = await scoped(ctx, (tx) => Promise.all([listFeeRules(tx, ctx.consortium.id), listFeeBases(tx, ctx.consortium.id)]));
  const t = await getTranslations("invoices");
  const schedule = await getTranslations("invoices.schedule");
  const fees = await getTranslations("fees");
  const currency = ctx.consortium.currency;
  const rows = ruleRows(rules, currency, locale, { schedule, fees });
  const employers = bases.map((b) => ({ id: b.id, name: b.name }));
  return (
    <>
      <PageHeader
        title={schedule("title")}
        description={schedule("lead", { currency })}
        action={<Link href={`/c/${slug}/invoices`} className={buttonClass("secondary")}>{schedule("back")}</Link>}
      />
      <div className="space-y-6">
        <Card title={schedule("rulesTitle")}>
          {rows.length === 0 ? (
            <EmptyState>{schedule("empty")}</EmptyState>
          ) : (
            <RuleTable slug={slug} currency={currency} employers={employers} rows={rows} editable={manage} />
          )}
        </Card>
        {manage ? (
          <Card title={schedule("addTitle")}>
            <RuleForm slug={slug} currency={currency} employers={employers} />
          </Card>
        ) : null}
        {manage ? (
          <Card title={t("basis.title")}>
            <p className="mb-3 text-sm text-muted">{t("basis.lead")}</p>
            <FeeBasisTable slug={slug} currency={currency} rows={basisRows(bases, currency, locale)} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
