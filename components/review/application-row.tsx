"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { Link, useRouter } from "@/lib/i18n/navigation";

export interface ReviewRow {
  id: string;
  label: string;
  /** The candidate page, with the list's filter for its previous / next. */
  href: { pathname: string; query: Record<string, string> };
  stage: string;
  stageLabel: string;
  university: string | null;
  field: string;
  education: string;
  ties: string;
  firstChoice: string | null;
  rating: string;
  submitted: string;
}

/**
 * One application. The name is a link (Tab, Enter); a click anywhere else on the row opens the
 * same page, except on the checkbox, so ticking rows never navigates.
 */
export function ApplicationRow({ row, checked, onToggle }: { row: ReviewRow; checked: boolean; onToggle: () => void }) {
  const t = useTranslations("review");
  const router = useRouter();
  const open = (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest("a, button, input, label, select")) return;
    if (window.getSelection()?.toString()) return;
    router.push(row.href);
  };
  return (
    <tr className="cursor-pointer border-b border-slate-100 hover:bg-slate-50" onClick={open}>
      <td className="px-3 py-2">
        <input type="checkbox" aria-label={t("select", { applicant: row.label })} checked={checked} onChange={onToggle} />
      </td>
      <th scope="row" className="px-3 py-2 text-left font-medium">
        <Link href={row.href} className="text-brand-700 underline">
          {row.label}
        </Link>
        {row.university ? <span className="block text-xs font-normal text-muted">{row.university}</span> : null}
      </th>
      <td className="px-3 py-2">{`${row.field} · ${row.education}`}</td>
      <td className="px-3 py-2">{row.ties}</td>
      <td className="px-3 py-2">{row.firstChoice}</td>
      <td className="px-3 py-2 text-right tabular-nums">{row.rating}</td>
      <td className="px-3 py-2">{row.stageLabel}</td>
      <td className="px-3 py-2">{row.submitted}</td>
    </tr>
  );
}
