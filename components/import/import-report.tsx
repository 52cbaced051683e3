"use client";

import { useLocale, useTranslations } from "next-intl";
import { importErrorMessage } from "@/lib/import/messages";
import type { ImportSummary } from "@/lib/import/plan";
import type { ImportReport } from "@/lib/import/service";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card } from "../ui/card";
import { DataTable } from "../ui/data-table";

const PARTS: (keyof ImportSummary)[] = ["cohorts", "employers", "trainees"];

/** What an import does (or did): cohorts, employers and trainees that are new, changed or unchanged. */
export function ImportSummaryTable({ report }: { report: ImportReport }) {
  const t = useTranslations("import");
  return (
    <Card title={t("summary.title")}>
      <p className="mb-3 text-sm text-muted">{t("summary.rows", report.rows)} {report.rowsWithProblems ? t("summary.rowsWithProblems", { count: report.rowsWithProblems }) : null}</p>
      <DataTable
        caption={t("summary.caption")}
        variant="plain"
        columns={[{ label: t("summary.what") }, { label: t("summary.new"), numeric: true }, { label: t("summary.changed"), numeric: true }, { label: t("summary.unchanged"), numeric: true }]}
      >
        {PARTS.map((part) => (
          <tr key={part} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="py-1 pr-3 text-left font-medium">{t(`summary.${part}`)}</th>
            <td className="py-1 pr-3 text-right tabular-nums">{report.summary[part].new}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{report.summary[part].changed}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{report.summary[part].unchanged}</td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

/** Every problem of the files, by file, row and column; or that there is none. */
export function ImportProblems({ report }: { report: ImportReport }) {
  const t = useTranslations("import");
  const locale = useLocale() as AppLocale;
  const errors = report.errors;
  return (
    <Card title={t("problems.title")}>
      <p role="status" className={`mb-3 text-sm ${errors.length ? "font-semibold text-red-800" : "text-green-900"}`}>
        {errors.length ? t("problems.count", { count: errors.length }) : t("problems.none")}
      </p>
      {errors.length ? (
        <DataTable
          caption={t("problems.caption")}
          variant="plain"
          columns={[{ label: t("problems.file") }, { label: t("problems.row"), numeric: true }, { label: t("problems.column") }, { label: t("problems.problem") }]}
        >
          {errors.map((error, i) => (
            <tr key={`${error.file}-${error.row}-${error.column}-${i}`} className="border-b border-slate-100 align-top last:border-0">
              <td className="py-1 pr-3">{t(`files.${error.file}`)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{error.row}</td>
              <td className="py-1 pr-3 font-mono text-xs">{error.header ?? error.column}</td>
              <td className="py-1 pr-3">{importErrorMessage(t, error, locale)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </Card>
  );
}
