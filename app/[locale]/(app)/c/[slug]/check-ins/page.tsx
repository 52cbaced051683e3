import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckInTable } from "@/components/checkins/check-in-table";
import { ScheduleList } from "@/components/checkins/schedule-list";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { isOverdue, listCheckIns } from "@/lib/checkins/service";
import { Link } from "@/lib/i18n/navigation";
import { todayIn } from "@/lib/i18n/zoned-time";
import type { AppLocale } from "@/lib/i18n/routing";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The coordinator's check-ins: what is due or overdue, what is done, and each cohort's schedule. */
export const generateMetadata = pageTitle("pageTitles", "checkIns");

export default async function CheckInsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "checkin.manage");
  const { cohort, overdue } = await searchParams;
  const onlyOverdue = overdue === "1";
  const data = await scoped(ctx, (tx) => listCheckIns(tx, ctx.consortium.id, { cohortId: typeof cohort === "string" ? cohort : undefined }));
  const t = await getTranslations("checkIns");
  const today = todayIn(ctx.consortium.timeZone);
  if (data.cohorts.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("lead")} />
        <EmptyState>{t("noCohorts")}</EmptyState>
      </>
    );
  }
  const shown = data.selected ? [data.selected] : data.cohorts;
  // The dashboard's "overdue check-ins" lands here with only those listed.
  const open = onlyOverdue ? data.open.filter((c) => isOverdue(c, today)) : data.open;
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      {data.cohorts.length > 1 ? (
        <form method="get" action={`/${locale}/c/${slug}/check-ins`} aria-label={t("filterLabel")} className="mb-6 flex flex-wrap items-end gap-3">
          <FilterSelect id="check-ins-cohort" name="cohort" label={t("cohort")} value={data.selected?.id} anyLabel={t("allCohorts")} options={data.cohorts.map((c) => ({ value: c.id, label: c.name }))} />
          <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
        </form>
      ) : null}
      <div className="space-y-6">
        <Card
          title={onlyOverdue ? t("overdueTitle") : t("openTitle")}
          action={onlyOverdue ? <Link href={`/c/${slug}/check-ins`} className="text-sm text-brand-700 underline">{t("showAllOpen")}</Link> : null}
        >
          {open.length === 0 ? (
            <EmptyState>{onlyOverdue ? t("noOverdue") : t("noOpen")}</EmptyState>
          ) : (
            <CheckInTable rows={open} caption={onlyOverdue ? t("overdueTitle") : t("openTitle")} slug={slug} locale={locale} today={today} kind="open" variant="plain" />
          )}
        </Card>
        <Card title={t("doneTitle")}>
          {data.done.length === 0 ? (
            <EmptyState>{t("noDone")}</EmptyState>
          ) : (
            <CheckInTable rows={data.done} caption={t("doneTitle")} slug={slug} locale={locale} today={today} kind="done" variant="plain" />
          )}
        </Card>
        <ScheduleList slug={slug} cohorts={shown} locale={locale} />
      </div>
    </>
  );
}
