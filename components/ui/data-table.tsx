import type { ReactNode } from "react";

export interface Column {
  label: ReactNode;
  /** Right-aligned, for counts and amounts. */
  numeric?: boolean;
  /** A header read out by screen readers but not shown (action columns). */
  visuallyHidden?: boolean;
}

interface DataTableProps {
  caption: string;
  /** Falsy entries are left out, for columns shown only to some roles. */
  columns: (Column | false | null | undefined)[];
  /** "framed" stands alone on a page; "plain" sits inside a Card. */
  variant?: "framed" | "plain";
  children: ReactNode;
}

/**
 * The table shell every list shares: caption for screen readers, column headers, scrolling. A
 * table wider than the screen scrolls inside its own box, which is a named, focusable region so
 * that keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function DataTable({ caption, columns, variant = "framed", children }: DataTableProps) {
  const framed = variant === "framed";
  const cell = framed ? "px-3 py-2" : "py-1 pr-3";
  const table = (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className={framed ? "border-b bg-slate-50 text-left" : "border-b text-left"}>
          {columns.filter((c): c is Column => Boolean(c)).map((c, i) => (
            <th key={i} scope="col" className={`${cell}${c.numeric ? " text-right" : ""}`}>
              {c.visuallyHidden ? <span className="sr-only">{c.label}</span> : c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return (
    <div role="region" aria-label={caption} tabIndex={0} className={framed ? "relative overflow-x-auto rounded-lg border border-slate-200 bg-white" : "relative overflow-x-auto"}>
      {table}
    </div>
  );
}
