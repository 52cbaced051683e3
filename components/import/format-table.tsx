import { getTranslations } from "next-intl/server";
import { ALLOWED_VALUES, CAMPAIGN_COLUMNS, OPTIONAL_TRAINEE_COLUMNS, TRAINEE_COLUMNS, type TraineeColumn } from "@/lib/import/columns";
import { DataTable } from "../ui/data-table";

type Translate = Awaited<ReturnType<typeof getTranslations<"import">>>;

/** What a trainees column holds, in words: a kind of value, or the words it accepts. */
function traineeValues(t: Translate, column: TraineeColumn): string {
  const kinds: Partial<Record<TraineeColumn, string>> = {
    cohort_start: t("format.date"),
    cohort_end: t("format.date"),
    trainee_email: t("format.email"),
    employer_org_number: t("format.orgNumber"),
    ties: t("format.ties", { allowed: ALLOWED_VALUES.ties ?? "" }),
  };
  const values = kinds[column] ?? ALLOWED_VALUES[column] ?? t("format.text");
  return OPTIONAL_TRAINEE_COLUMNS.includes(column) ? t("format.optional", { values }) : values;
}

/** The columns of both files and the values each takes, as the page's reference. */
export async function ImportFormatTable() {
  const t = await getTranslations("import");
  const rows = [
    ...TRAINEE_COLUMNS.map((column) => ({ file: t("files.trainees"), column, values: traineeValues(t, column) })),
    ...CAMPAIGN_COLUMNS.map((column) => ({ file: t("files.campaigns"), column, values: column === "cohort" ? t("format.text") : t("format.count") })),
  ];
  return (
    <DataTable caption={t("format.caption")} variant="plain" columns={[{ label: t("format.file") }, { label: t("format.column") }, { label: t("format.values") }]}>
      {rows.map((row) => (
        <tr key={`${row.file}-${row.column}`} className="border-b border-slate-100 last:border-0">
          <td className="py-1 pr-3">{row.file}</td>
          <th scope="row" className="py-1 pr-3 text-left font-mono text-xs font-normal">{row.column}</th>
          <td className="py-1 pr-3">{row.values}</td>
        </tr>
      ))}
    </DataTable>
  );
}
