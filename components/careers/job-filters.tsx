import { getTranslations } from "next-intl/server";
import type { CareerFilters } from "@/lib/careers/service";
import { EDUCATION_LEVELS } from "@/lib/postings/schemas";
import { buttonClass } from "../ui/button";
import { FilterSelect } from "../ui/filter-select";

/** A plain GET form: filtering works with JavaScript off, and the URL can be shared. */
export async function JobFilters({ action, filters, fields, municipalities }: { action: string; filters: CareerFilters; fields: string[]; municipalities: string[] }) {
  const t = await getTranslations("careers");
  const levels = await getTranslations("options.educationLevel");
  const any = t("any");
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <form method="get" action={action} role="search" aria-label={t("filterLabel")} className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
      <FilterSelect id="jobs-field" name="field" label={t("field")} value={filters.field} anyLabel={any} options={plain(fields)} />
      <FilterSelect id="jobs-municipality" name="municipality" label={t("municipality")} value={filters.municipality} anyLabel={any} options={plain(municipalities)} />
      <FilterSelect
        id="jobs-educationLevel"
        name="educationLevel"
        label={t("educationLevel")}
        value={filters.educationLevel}
        anyLabel={any}
        options={EDUCATION_LEVELS.map((l) => ({ value: l, label: levels(l) }))}
      />
      <div className="flex items-end">
        <button type="submit" className={buttonClass("primary")}>{t("filter")}</button>
      </div>
    </form>
  );
}
