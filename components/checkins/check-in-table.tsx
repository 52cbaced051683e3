import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { isOverdue } from "@/lib/checkins/service";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { whichCheckIn } from "./check-in-label";

export interface CheckInRow {
  id: string;
  monthOffset: number | null;
  dueDate: Date;
  completedAt: Date | null;
  wellbeing: number | null;
  trainee: { name: string; cohort: { name: string } };
}

interface Props {
  rows: CheckInRow[];
  caption: string;
  slug: string;
  locale: AppLocale;
  today: Date;
  /** "open": due date and overdue marker; "done": when it was held and the wellbeing noted. */
  kind: "open" | "done";
  variant?: "framed" | "plain";
}

/** Check-ins as a table, each trainee's name linking to the check-in's own page. */
export async function CheckInTable({ rows, caption, slug, locale, today, kind, variant = "framed" }: Props) {
  const t = await getTranslations("checkIns");
  const cell = variant === "framed" ? "px-3 py-2" : "py-1 pr-2";
  const columns =
    kind === "open"
      ? [{ label: t("table.trainee") }, { label: t("table.cohort") }, { label: t("table.which") }, { label: t("table.due") }, { label: t("table.status") }]
      : [{ label: t("table.trainee") }, { label: t("table.cohort") }, { label: t("table.which") }, { label: t("table.heldOn") }, { label: t("table.wellbeing"), numeric: true }];
  return (
    <DataTable caption={caption} columns={columns} variant={variant}>
      {rows.map((row) => {
        const overdue = isOverdue(row, today);
        return (
          <tr key={row.id} className="border-b border-slate-100">
            <th scope="row" className={`${cell} text-left font-normal`}>
              <Link href={`/c/${slug}/check-ins/${row.id}`} className="text-brand-700 underline">
                {row.trainee.name}
              </Link>
            </th>
            <td className={cell}>{row.trainee.cohort.name}</td>
            <td className={cell}>{whichCheckIn(t, row.monthOffset)}</td>
            {kind === "open" ? (
              <>
                <td className={cell}>{formatDate(row.dueDate, locale)}</td>
                <td className={cell}>
                  {overdue ? (
                    <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800">{t("overdue")}</span>
                  ) : (
                    <span className="text-muted">{t("upcoming")}</span>
                  )}
                </td>
              </>
            ) : (
              <>
                <td className={cell}>{row.completedAt ? formatDate(row.completedAt, locale) : null}</td>
                <td className={`${cell} text-right tabular-nums`}>{row.wellbeing === null ? t("none") : formatNumber(row.wellbeing, locale)}</td>
              </>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
