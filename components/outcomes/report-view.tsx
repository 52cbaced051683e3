import "./report-print.css";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/outcomes/format";
import type { OutcomeTables } from "@/lib/outcomes/tables";
import type { MaskedWave } from "@/lib/disclosure/survey";
import type { PreviousFigures } from "./key-figures";
import { OutcomeSections } from "./outcome-sections";
import { ReportSurveys } from "./report-surveys";

/** Charts on paper: A4 less its margins (14 mm each side) is 182 mm, some 688 CSS pixels. */
const PAPER_CHART_WIDTH = 640;

interface Props {
  /** The previous period's key figures beside this one's. */
  previous?: PreviousFigures | null;
  /** The surveys of the one cohort reported on, disclosed for the reader. */
  surveys?: MaskedWave[];
  consortiumName: string;
  period: string;
  generated: string;
  tables: OutcomeTables;
  cohortCount: number;
  exact: boolean;
  /** The consortium's language: the report's, whatever the reader's interface is in. */
  locale: AppLocale;
  t: Translate;
}

/** The board report: a title block naming consortium, period and date, then the dashboard's parts. */
export function ReportView({ consortiumName, period, generated, tables, cohortCount, exact, locale, t, previous, surveys }: Props) {
  return (
    <article lang={locale} className="outcome-report mx-auto w-full max-w-[210mm] bg-white px-[14mm] py-[16mm] shadow-md print:max-w-none print:p-0 print:shadow-none">
      <header className="report-header mb-4 border-b-2 border-slate-800 pb-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("outcomes.report.kicker")}</p>
        <h1 className="mt-1 text-3xl font-bold">{t("outcomes.report.title", { consortium: consortiumName })}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("outcomes.report.period")}</dt>
          <dd>{period}</dd>
          <dt className="font-semibold">{t("outcomes.report.generated")}</dt>
          <dd>{generated}</dd>
        </dl>
        <p className="mt-3 text-sm">{t(exact ? "outcomes.report.exactNote" : "outcomes.maskNote")}</p>
      </header>
      {cohortCount === 0 ? (
        <p className="text-sm">{t("outcomes.empty.noneInPeriod")}</p>
      ) : (
        <OutcomeSections tables={tables} locale={locale} t={t} cohortCount={cohortCount} chartWidth={PAPER_CHART_WIDTH} previous={previous}>
          {surveys ? <ReportSurveys waves={surveys} locale={locale} t={t} /> : null}
        </OutcomeSections>
      )}
      <footer className="mt-6 border-t border-slate-300 pt-3 text-xs text-muted">{t("outcomes.report.footer")}</footer>
    </article>
  );
}
