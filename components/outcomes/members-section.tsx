import { intlTag } from "@/lib/i18n/format";
import { OutcomeBarChart } from "./charts";
import { membersChart } from "./chart-data";
import { OutcomePanel } from "./outcome-panel";
import { chartAlt, type SectionProps } from "./section-props";

/** Member employers: all and active per year, and how many trainees each has hosted. */
export function MembersSection({ tables, locale, t, csvHref, chartWidth }: SectionProps) {
  const title = t("outcomes.panels.members");
  const chart = membersChart(tables.members, locale, t);
  return (
    <section aria-labelledby="outcomes-members" className="outcome-section space-y-4">
      <h2 id="outcomes-members" className="text-xl font-semibold">
        {t("outcomes.sections.members")}
      </h2>
      <OutcomePanel
        table={tables.members}
        title={title}
        description={t("outcomes.descriptions.members")}
        chart={chartWidth ? undefined : <OutcomeBarChart {...chart} orientation="columns" alt={chartAlt(t, title)} localeTag={intlTag(locale)} width={chartWidth} height={240} />}
        layout="stack"
        csvHref={csvHref?.("members")}
        locale={locale}
        t={t}
      />
      <OutcomePanel
        table={tables.employers}
        title={t("outcomes.panels.employers")}
        description={t(tables.employers.rowHeader === "traineesHostedBand" ? "outcomes.descriptions.employerBands" : "outcomes.descriptions.employers")}
        csvHref={csvHref?.("employers")}
        locale={locale}
        t={t}
      />
    </section>
  );
}
