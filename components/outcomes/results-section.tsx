import { intlTag } from "@/lib/i18n/format";
import { OutcomeBarChart } from "./charts";
import { outcomeBars, outcomeTrend, plots } from "./chart-data";
import { OutcomePanel } from "./outcome-panel";
import { chartAlt, type SectionProps } from "./section-props";
import { OutcomeTrendChart } from "./charts";

/** Outcomes: completion, jobs and staying in the region, in total and across cohorts. */
export function ResultsSection({ tables, locale, t, cohortCount, csvHref, chartWidth }: SectionProps) {
  const tag = intlTag(locale);
  const totalTitle = t("outcomes.panels.outcomes");
  const trendTitle = t("outcomes.panels.outcomeTrend");
  const bars = outcomeBars(tables.outcomes, locale, t);
  return (
    <section aria-labelledby="outcomes-results" className="outcome-section space-y-4">
      <h2 id="outcomes-results" className="text-xl font-semibold">
        {t("outcomes.sections.results")}
      </h2>
      <OutcomePanel
        table={tables.outcomes}
        title={totalTitle}
        description={t("outcomes.descriptions.outcomes")}
        chart={!chartWidth && plots(bars) ? <OutcomeBarChart {...bars} orientation="rows" percent alt={chartAlt(t, totalTitle)} localeTag={tag} width={chartWidth} /> : undefined}
        layout="stack"
        csvHref={csvHref?.("outcomes")}
        locale={locale}
        t={t}
      />
      {cohortCount > 1 ? (
        <OutcomePanel
          table={tables.outcomeTrend}
          title={trendTitle}
          description={t("outcomes.descriptions.outcomeTrend")}
          chart={chartWidth ? undefined : <OutcomeTrendChart {...outcomeTrend(tables.outcomeTrend, locale, t)} percent alt={chartAlt(t, trendTitle)} localeTag={tag} width={chartWidth} />}
          layout="stack"
          csvHref={csvHref?.("outcomeTrend")}
          locale={locale}
          t={t}
        />
      ) : null}
    </section>
  );
}
