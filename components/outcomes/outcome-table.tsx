import type { AppLocale } from "@/lib/i18n/routing";
import { formatCell, labelText, type Translate } from "@/lib/outcomes/format";
import type { OutcomeTable } from "@/lib/outcomes/tables";

interface Props {
  table: OutcomeTable;
  caption: string;
  locale: AppLocale;
  t: Translate;
}

/**
 * A dashboard table: the caption names it for screen readers (the panel's heading shows it),
 * rows are headed by their label, figures are right-aligned, and an outcome's share has the number
 * of known answers beside it. Hidden shares say so in words rather than as a blank.
 */
export function OutcomeTableView({ table, caption, locale, t }: Props) {
  return (
    // A focusable, named box: a wide table scrolls inside it by keyboard too.
    <div role="region" aria-label={caption} tabIndex={0} className="outcome-table relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {t(`outcomes.columns.${table.rowHeader}`)}
            </th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={`py-1.5 pl-3 font-semibold ${column.kind === "year" ? "text-left" : "text-right"}`}>
                {t(`outcomes.columns.${column.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className={row.total ? "border-t-2 border-slate-300 font-semibold" : "border-b border-slate-100"}>
              <th scope="row" className={`py-1.5 pr-3 text-left ${row.total ? "font-semibold" : "font-medium"}`}>
                {labelText(row.label, t)}
              </th>
              {row.cells.map((cell, j) => {
                const shown = formatCell(cell, locale, t);
                const hidden = (cell.kind === "share" || cell.kind === "outcome") && cell.hidden;
                return (
                  <td key={j} className={`py-1.5 pl-3 tabular-nums ${cell.kind === "year" ? "text-left" : "text-right"} whitespace-nowrap`}>
                    <span className={hidden ? "text-muted italic" : undefined}>{shown.text}</span>
                    {shown.note ? <span className="ml-1.5 text-xs text-muted">{shown.note}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
