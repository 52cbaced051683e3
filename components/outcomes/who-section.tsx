import { intlTag } from "@/lib/i18n/format";
import type { TableKey } from "@/lib/outcomes/tables";
import { OutcomeBarChart } from "./charts";
import { plots, splitChart } from "./chart-data";
import { OutcomePanel } from "./outcome-panel";
import { chartAlt, type SectionProps } from "./section-props";

const SPLITS = ["gender", "education", "ties", "field"] as const satisfies readonly TableKey[];

/** Who the trainees are: gender, education level, ties to the region, field. */
export function WhoSection({ tables, locale, t, csvHref, chartWidth }: SectionProps) {
  const tag = intlTag(locale);
  const trainees = t("outcomes.columns.trainees");
  return (
    <section aria-labelledby="outcomes-who" className="outcome-section space-y-4">
      <h2 id="outcomes-who" className="text-xl font-semibold">
        {t("outcomes.sections.who")}
      </h2>
      <p className="text-sm text-muted">{t("outcomes.descriptions.who")}</p>
      <div className={chartWidth ? "grid grid-cols-2 items-start gap-3" : "grid items-start gap-4 lg:grid-cols-2"}>
        {SPLITS.map((key) => {
          const title = t(`outcomes.panels.${key}`);
          const chart = splitChart(tables[key], trainees, locale, t);
          return (
            <OutcomePanel
              key={key}
              table={tables[key]}
              title={title}
              description={key === "ties" ? t("outcomes.descriptions.ties") : undefined}
              chart={!chartWidth && plots(chart) ? <OutcomeBarChart {...chart} orientation="rows" alt={chartAlt(t, title)} localeTag={tag} width={chartWidth} /> : undefined}
              layout="stack"
              csvHref={csvHref?.(key)}
              locale={locale}
              t={t}
            />
          );
        })}
      </div>
    </section>
  );
}
