import { getTranslations } from "next-intl/server";
import { buttonClass } from "../ui/button";
import { FilterSelect } from "../ui/filter-select";

/** The GET form that picks the year, status and (for the coordinator) member of the lines shown. */
export async function InvoiceFilters({
  action,
  years,
  year,
  status,
  members,
  employerId,
}: {
  action: string;
  years: number[];
  year: number;
  status?: string;
  /** Null for a member's contact, who sees their own lines only. */
  members: { id: string; name: string }[] | null;
  employerId?: string;
}) {
  const t = await getTranslations("invoices");
  return (
    <form method="get" action={action} aria-label={t("filters.label")} className="mb-6 flex flex-wrap items-end gap-3">
      <FilterSelect id="invoices-year" name="year" label={t("filters.year")} value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <FilterSelect
        id="invoices-status"
        name="status"
        label={t("filters.status")}
        value={status}
        anyLabel={t("filters.anyStatus")}
        options={(["DRAFT", "INVOICED", "PAID"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      {members ? (
        <FilterSelect
          id="invoices-member"
          name="member"
          label={t("filters.member")}
          value={employerId}
          anyLabel={t("filters.anyMember")}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
      ) : null}
      <button type="submit" className={buttonClass("secondary")}>{t("filters.show")}</button>
    </form>
  );
}
