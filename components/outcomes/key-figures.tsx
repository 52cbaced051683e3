import type { AppLocale } from "@/lib/i18n/routing";
import type { Cell } from "@/lib/outcomes/cells";
import { formatCell, type Translate } from "@/lib/outcomes/format";
import type { OutcomeTable, OutcomeTables } from "@/lib/outcomes/tables";

function cell(table: OutcomeTable, rowIndex: number, key: string): Cell {
  const row = table.rows.at(rowIndex)!;
  return row.cells[table.columns.findIndex((c) => c.key === key)];
}

function outcomeRow(table: OutcomeTable, key: string): number {
  return table.rows.findIndex((r) => "key" in r.label && r.label.key === `outcomes.outcome.${key}`);
}

/** The five figures of a selection: applicants, per place, hired, completed and in the region after a year. */
function figuresOf(tables: OutcomeTables, locale: AppLocale, t: Translate) {
  const total = -1;
  const shareOf = (key: string) => {
    const index = outcomeRow(tables.outcomes, key);
    const shown = formatCell(cell(tables.outcomes, index, "share"), locale, t);
    const known = formatCell(cell(tables.outcomes, index, "known"), locale, t);
    return { value: shown.text, note: t("outcomes.knownOf", { known: known.text }) };
  };
  return [
    { label: t("outcomes.columns.applicants"), value: formatCell(cell(tables.funnel, total, "applicants"), locale, t).text },
    { label: t("outcomes.columns.applicantsPerPlace"), value: formatCell(cell(tables.funnel, total, "applicantsPerPlace"), locale, t).text },
    { label: t("outcomes.columns.hired"), value: formatCell(cell(tables.funnel, total, "hired"), locale, t).text },
    { label: t("outcomes.outcome.completed"), ...shareOf("completed") },
    { label: t("outcomes.outcome.inRegion1y"), ...shareOf("inRegion1y") },
  ];
}

/** The previous period beside the figures (the board report): its name and its tables, disclosed as on its own page. */
export interface PreviousFigures {
  label: string;
  tables: OutcomeTables;
}

/** The handful of numbers a board member looks for first, for the whole selection, and the previous period's beside them. */
export function KeyFigures({ tables, previous, locale, t }: { tables: OutcomeTables; previous?: PreviousFigures | null; locale: AppLocale; t: Translate }) {
  if (tables.funnel.rows.length === 0) return null;
  const before = previous && previous.tables.funnel.rows.length ? figuresOf(previous.tables, locale, t) : null;
  const figures = figuresOf(tables, locale, t).map((f, i) => ({ ...f, before: before?.[i].value ?? null }));
  return (
    <dl className="key-figures grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {figures.map((f) => (
        <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-muted">{f.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{f.value}</dd>
          {"note" in f && f.note ? <dd className="text-xs text-muted">{f.note}</dd> : null}
          {f.before !== null && previous ? <dd className="text-xs">{t("outcomes.previous", { period: previous.label, value: f.before })}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
