import { formatDate } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";
import type { OutcomeReport, ReportFilter } from "../metrics/types";
import type { Translate } from "./format";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * What a report covers, in words: "Trainee 2025 (1 Sep 2025 – 31 Aug 2026)", "Cohorts starting
 * 2021–2024", or every cohort with the years they span.
 */
export function describePeriod(filter: ReportFilter, report: OutcomeReport, locale: AppLocale, t: Translate): string {
  if ("cohortId" in filter) {
    const cohort = report.cohorts[0];
    if (!cohort) return t("outcomes.period.none");
    return t("outcomes.period.cohort", {
      name: cohort.name,
      start: formatDate(day(cohort.startDate), locale),
      end: formatDate(day(cohort.endDate), locale),
    });
  }
  const { fromYear, toYear } = filter;
  if (fromYear !== undefined && toYear !== undefined) {
    return fromYear === toYear ? t("outcomes.period.year", { year: fromYear }) : t("outcomes.period.years", { from: fromYear, to: toYear });
  }
  if (fromYear !== undefined) return t("outcomes.period.since", { from: fromYear });
  if (toYear !== undefined) return t("outcomes.period.until", { to: toYear });
  const years = report.cohorts.map((c) => c.year);
  if (years.length === 0) return t("outcomes.period.none");
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? t("outcomes.period.allOneYear", { year: first }) : t("outcomes.period.all", { from: first, to: last });
}
