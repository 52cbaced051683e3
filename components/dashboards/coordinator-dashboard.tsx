import { getTranslations } from "next-intl/server";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import type { loadCoordinatorDashboard } from "@/lib/dashboards/coordinator";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { OutcomesLinkCard } from "@/components/outcomes/outcomes-link-card";
import type { CoordinatorInbox } from "@/lib/dashboards/inbox";
import { CheckInsCard } from "./check-ins-card";
import { coordinatorItems } from "./inbox-items";
import { TodoInbox } from "./todo-inbox";

type Data = Awaited<ReturnType<typeof loadCoordinatorDashboard>>;

interface Props {
  data: Data;
  inbox: CoordinatorInbox;
  slug: string;
  locale: AppLocale;
  timeZone: string;
  currency: string;
}

export async function CoordinatorDashboard({ data, inbox, slug, locale, timeZone, currency }: Props) {
  const t = await getTranslations("dashboard.coordinator");
  const stages = await getTranslations("stages");
  const fees = await getTranslations("fees");
  const cohorts = await getTranslations("cohorts");
  const n = (value: number) => formatNumber(value, locale);
  // Turnover tiers are money in minor units; employee tiers are head counts.
  const threshold = (kind: string, value: bigint | null) =>
    kind === "MEMBERSHIP_TIER_TURNOVER" ? formatMoney(value ?? 0n, currency, locale) : n(Number(value ?? 0));
  const base = `/c/${slug}`;
  const campaign: Record<string, string> = data.campaign ? { campaign: data.campaign.id } : {};
  const applications = (query: Record<string, string> = {}) => ({ pathname: `${base}/applications`, query: { ...campaign, ...query } });
  const published = { pathname: `${base}/postings`, query: { status: "PUBLISHED" } };
  return (
    <div className="space-y-6">
      <TodoInbox items={coordinatorItems(slug, inbox)} locale={locale} />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("activeMembers")} value={t("ofTotal", { count: n(data.members.active), total: n(data.members.total) })} href={`${base}/members`} />
        <Stat label={t("openPostings")} value={n(data.openPostingCount)} href={published} />
        <Stat label={t("applications")} value={n(data.campaign?.total ?? 0)} href={applications()} />
        <Stat label={t("pendingInvitations")} value={n(data.pendingInvitations)} href={`${base}/people`} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("pipelineTitle")}>
          {data.campaign ? (
            <>
              <p className="mb-3 text-sm text-muted">
                {t("campaignInfo", { cohort: data.campaign.cohort.name, deadline: formatDateTime(data.campaign.closesAt, locale, timeZone) })}
              </p>
              <DataTable caption={t("pipelineTitle")} variant="plain" columns={[{ label: t("stage") }, { label: t("count"), numeric: true }]}>
                {data.campaign.stages.map((s) => (
                  <tr key={s.stage} className="border-b border-slate-100">
                    <th scope="row" className="py-1 text-left font-normal">{stages(s.stage)}</th>
                    <td className="py-1 text-right tabular-nums">
                      <Link href={applications({ stage: s.stage })} className="text-brand-700 underline" aria-label={t("stageLink", { count: s.count, stage: stages(s.stage) })}>
                        {n(s.count)}
                      </Link>
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          ) : (
            <EmptyState>{t("noCampaign")}</EmptyState>
          )}
        </Card>
        <Card
          title={t("cohortTitle")}
          action={
            data.runningCohort ? (
              <Link href={`/c/${slug}/cohorts/${data.runningCohort.id}`} className={buttonClass("secondary")}>
                {cohorts("openCohort")}
              </Link>
            ) : null
          }
        >
          {data.runningCohort ? (
            <p>
              {t.rich("cohortInfo", {
                name: data.runningCohort.name,
                start: formatDate(data.runningCohort.startDate, locale),
                end: formatDate(data.runningCohort.endDate, locale),
                trainees: n(data.runningCohort._count.trainees),
                link: (chunks) => (
                  <Link href={`${base}/cohorts/${data.runningCohort!.id}`} className="text-brand-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <EmptyState>{t("noCohort")}</EmptyState>
          )}
        </Card>
      </div>
      <CheckInsCard due={data.checkIns.due} today={data.checkIns.today} slug={slug} locale={locale} />
      <OutcomesLinkCard slug={slug} />
      <Card
        title={t("postingsTitle")}
        action={
          <Link href={published} className={buttonClass("secondary")}>
            {t("allPublished", { count: data.openPostingCount })}
          </Link>
        }
      >
        {data.openPostings.length === 0 ? (
          <EmptyState>{t("noPostings")}</EmptyState>
        ) : (
          <DataTable caption={t("postingsTitle")} variant="plain" columns={[{ label: t("posting") }, { label: t("employer") }, { label: t("places"), numeric: true }, { label: t("applicants"), numeric: true }]}>
            {data.openPostings.map((p) => (
              <tr key={p.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 text-left font-normal">
                  <Link href={`${base}/postings/${p.id}`} className="text-brand-700 underline">{p.title}</Link>
                </th>
                <td className="py-1">{p.employer.name}</td>
                <td className="py-1 text-right tabular-nums">{n(p.places)}</td>
                <td className="py-1 text-right tabular-nums">
                  <Link href={{ pathname: `${base}/applications`, query: { campaign: p.campaignId, posting: p.id } }} className="text-brand-700 underline" aria-label={t("postingApplicants", { count: p._count.preferences, title: p.title })}>
                    {n(p._count.preferences)}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
      <Card
        title={t("feesTitle")}
        action={
          <Link href={`${base}/invoices/schedule`} className={buttonClass("secondary")}>
            {t("openSchedule")}
          </Link>
        }
      >
        {data.feeRules.length === 0 ? (
          <EmptyState>{t("noFees")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {data.feeRules.map((rule) => (
              <li key={rule.id} className="flex justify-between gap-4 py-2">
                <span>
                  {fees(`kind.${rule.kind}`)}
                  {rule.minThreshold !== null || rule.maxThreshold !== null ? (
                    <span className="block text-muted">
                      {rule.maxThreshold === null
                        ? fees("tierFrom", { min: threshold(rule.kind, rule.minThreshold) })
                        : fees("tierRange", { min: threshold(rule.kind, rule.minThreshold), max: threshold(rule.kind, rule.maxThreshold) })}
                    </span>
                  ) : null}
                </span>
                <span className="font-medium tabular-nums">{formatMoney(rule.amountMinor, currency, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
