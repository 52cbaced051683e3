import type { ReactNode } from "react";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/outcomes/format";
import { hasData, type OutcomeTable } from "@/lib/outcomes/tables";
import { OutcomeTableView } from "./outcome-table";

interface Props {
  table: OutcomeTable;
  title: string;
  description?: string;
  /** The chart, built from the same masked table; left out where a table reads better. */
  chart?: ReactNode;
  /** Chart beside the table (short tables) or above it (wide ones). */
  layout?: "side" | "stack";
  /** Where the table's CSV is; none in the printed report. */
  csvHref?: string;
  locale: AppLocale;
  t: Translate;
}

/** One figure of the dashboard: heading, chart, the accessible table with the same numbers, CSV. */
export function OutcomePanel({ table, title, description, chart, layout = "side", csvHref, locale, t }: Props) {
  const id = `outcomes-${table.key}`;
  const filled = hasData(table);
  return (
    <section aria-labelledby={id} className="outcome-panel rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="text-base font-semibold">
          {title}
        </h3>
        {csvHref && filled ? (
          <span className="no-print flex gap-3 text-sm font-medium">
            <a href={csvHref} className="text-brand-700 underline underline-offset-2 hover:text-brand-600" download>
              {t("outcomes.downloadCsv")}
              <span className="sr-only">{t("outcomes.csvOf", { table: title })}</span>
            </a>
            <a href={`${csvHref}&format=xlsx`} className="text-brand-700 underline underline-offset-2 hover:text-brand-600" download>
              {t("outcomes.downloadXlsx")}
              <span className="sr-only">{t("outcomes.xlsxOf", { table: title })}</span>
            </a>
          </span>
        ) : null}
      </div>
      {description ? <p className="mb-3 text-sm text-muted">{description}</p> : null}
      {!filled ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-muted">{t("outcomes.nothingKnown")}</p>
      ) : chart ? (
        <div className={layout === "side" ? "grid items-start gap-6 lg:grid-cols-2" : "space-y-4"}>
          <div>{chart}</div>
          <OutcomeTableView table={table} caption={title} locale={locale} t={t} />
        </div>
      ) : (
        <OutcomeTableView table={table} caption={title} locale={locale} t={t} />
      )}
    </section>
  );
}

/** The dashboard with nothing to show yet: no cohorts at all, or none in the chosen years. */
export function OutcomeEmpty({ message }: { message: string }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-muted">{message}</p>;
}
