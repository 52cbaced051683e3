import { intlTag } from "@/lib/i18n/format";
import { OutcomeBarChart } from "./charts";
import { applicantsTrend, funnelChart, plots, splitChart } from "./chart-data";
import { OutcomePanel } from "./outcome-panel";
import { chartAlt, type SectionProps } from "./section-props";

/** Recruitment: the funnel per cohort and in total, applicants across years, where they heard. */
export function RecruitmentSection({ tables, locale, t, cohortCount, csvHref, chartWidth }: SectionProps) {
  const tag = intlTag(locale);
  const funnelTitle = t("outcomes.panels.funnel");
  const trendTitle = t("outcomes.panels.applicantsTrend");
  const heardTitle = t("outcomes.panels.heardFrom");
  const funnel = funnelChart(tables.funnel, locale, t);
  const heard = splitChart(tables.heardFrom, t("outcomes.columns.applicants"), locale, t);
  // On paper the charts stand one under the other at the page's width.
  const charts = (
    <div className={cohortCount > 1 && !chartWidth ? "grid gap-6 lg:grid-cols-2" : "space-y-6"}>
      <div>
        <p className="mb-1 text-sm font-medium text-muted" aria-hidden="true">{t("outcomes.charts.funnel")}</p>
        <OutcomeBarChart {...funnel} orientation="rows" alt={chartAlt(t, funnelTitle)} localeTag={tag} width={chartWidth} />
      </div>
      {cohortCount > 1 ? (
        <div>
          <p className="mb-1 text-sm font-medium text-muted" aria-hidden="true">{trendTitle}</p>
          <OutcomeBarChart {...applicantsTrend(tables.funnel, locale, t)} orientation="columns" alt={chartAlt(t, trendTitle)} localeTag={tag} width={chartWidth} height={220} />
        </div>
      ) : null}
    </div>
  );
  return (
    <section aria-labelledby="outcomes-recruitment" className="outcome-section space-y-4">
      <h2 id="outcomes-recruitment" className="text-xl font-semibold">
        {t("outcomes.sections.recruitment")}
      </h2>
      <OutcomePanel
        table={tables.funnel}
        title={funnelTitle}
        description={t("outcomes.descriptions.funnel")}
        chart={chartWidth ? undefined : charts}
        layout="stack"
        csvHref={csvHref?.("funnel")}
        locale={locale}
        t={t}
      />
      <OutcomePanel
        table={tables.heardFrom}
        title={heardTitle}
        description={t("outcomes.descriptions.heardFrom")}
        chart={!chartWidth && plots(heard) ? <OutcomeBarChart {...heard} orientation="rows" alt={chartAlt(t, heardTitle)} localeTag={tag} width={chartWidth} /> : undefined}
        layout={chartWidth ? "stack" : "side"}
        csvHref={csvHref?.("heardFrom")}
        locale={locale}
        t={t}
      />
    </section>
  );
}
