import { getLocale, getTranslations } from "next-intl/server";
import { CAMPAIGN_COLUMNS, OPTIONAL_TRAINEE_COLUMNS, TRAINEE_COLUMNS, type TraineeColumn } from "@/lib/import/columns";
import { allowedWords } from "@/lib/import/messages";
import { columnName } from "@/lib/import/words";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "../ui/data-table";

type Translate = Awaited<ReturnType<typeof getTranslations<"import">>>;

/** What a trainees column holds, in words: a kind of value, or the words it accepts in the reader's language. */
function traineeValues(t: Translate, column: TraineeColumn, locale: AppLocale): string {
  const kinds: Partial<Record<TraineeColumn, string>> = {
    cohort_start: t("format.date"),
    cohort_end: t("format.date"),
    trainee_email: t("format.email"),
    employer_org_number: t("format.orgNumber"),
    ties: t("format.ties", { allowed: allowedWords("ties", locale) }),
  };
  const values = kinds[column] ?? (allowedWords(column, locale) || t("format.text"));
  return OPTIONAL_TRAINEE_COLUMNS.includes(column) ? t("format.optional", { values }) : values;
}

/** The columns of both files, named as the reader's template names them, and the values each takes. */
export async function ImportFormatTable() {
  const t = await getTranslations("import");
  const locale = (await getLocale()) as AppLocale;
  const rows = [
    ...TRAINEE_COLUMNS.map((column) => ({ file: t("files.trainees"), column, values: traineeValues(t, column, locale) })),
    ...CAMPAIGN_COLUMNS.map((column) => ({ file: t("files.campaigns"), column, values: column === "cohort" ? t("format.text") : t("format.count") })),
  ];
  return (
    <DataTable caption={t("format.caption")} variant="plain" columns={[{ label: t("format.file") }, { label: t("format.column") }, { label: t("format.values") }]}>
      {rows.map((row) => (
        <tr key={`${row.file}-${row.column}`} className="border-b border-slate-100 last:border-0">
          <td className="py-1 pr-3">{row.file}</td>
          <th scope="row" className="py-1 pr-3 text-left font-mono text-xs font-normal">{columnName(row.column, locale)}</th>
          <td className="py-1 pr-3">{row.values}</td>
        </tr>
      ))}
    </DataTable>
  );
}
