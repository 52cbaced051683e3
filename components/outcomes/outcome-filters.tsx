import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import type { ReportFilter } from "@/lib/metrics/types";
import type { Translate } from "@/lib/outcomes/format";
import type { CohortChoice } from "@/lib/outcomes/service";

interface Props {
  action: string;
  filter: ReportFilter;
  cohorts: CohortChoice[];
  years: number[];
  t: Translate;
}

/**
 * A plain GET form, so every view is a link to share with the board and works without
 * JavaScript. A chosen cohort overrides the years, as the hint says.
 */
export function OutcomeFilters({ action, filter, cohorts, years, t }: Props) {
  const cohortId = "cohortId" in filter ? filter.cohortId : undefined;
  const from = "cohortId" in filter ? undefined : filter.fromYear;
  const to = "cohortId" in filter ? undefined : filter.toYear;
  const yearOptions = [...years].sort((a, b) => a - b).map((y) => ({ value: String(y), label: String(y) }));
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("outcomes.filter.label")}
      aria-describedby="outcomes-filter-hint"
      className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          id="outcomes-cohort"
          name="cohort"
          label={t("outcomes.filter.cohort")}
          value={cohortId}
          anyLabel={t("outcomes.filter.allCohorts")}
          options={cohorts.map((c) => ({ value: c.id, label: t("outcomes.filter.cohortOption", { name: c.name, year: c.year }) }))}
        />
        <FilterSelect id="outcomes-from" name="from" label={t("outcomes.filter.from")} value={from?.toString()} anyLabel={t("outcomes.filter.earliest")} options={yearOptions} />
        <FilterSelect id="outcomes-to" name="to" label={t("outcomes.filter.to")} value={to?.toString()} anyLabel={t("outcomes.filter.latest")} options={yearOptions} />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("outcomes.filter.show")}
          </button>
          <a href={action} className={buttonClass("secondary")}>
            {t("outcomes.filter.reset")}
          </a>
        </div>
      </div>
      <p id="outcomes-filter-hint" className="mt-2 text-xs text-muted">
        {t("outcomes.filter.hint")}
      </p>
    </form>
  );
}
