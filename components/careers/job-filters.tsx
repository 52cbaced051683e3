import { getTranslations } from "next-intl/server";
import type { CareerFilters } from "@/lib/careers/service";
import { EDUCATION_LEVELS } from "@/lib/postings/schemas";
import { buttonClass } from "../ui/button";

const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

/** A plain GET form: filtering works with JavaScript off, and the URL can be shared. */
export async function JobFilters({ action, filters, fields, municipalities }: { action: string; filters: CareerFilters; fields: string[]; municipalities: string[] }) {
  const t = await getTranslations("careers");
  const levels = await getTranslations("options.educationLevel");
  return (
    <form method="get" action={action} role="search" aria-label={t("filterLabel")} className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
      <div className="text-sm font-medium">
        <label htmlFor="jobs-field">{t("field")}</label>
        <select id="jobs-field" name="field" defaultValue={filters.field ?? ""} className={SELECT}>
          <option value="">{t("any")}</option>
          {fields.map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="jobs-municipality">{t("municipality")}</label>
        <select id="jobs-municipality" name="municipality" defaultValue={filters.municipality ?? ""} className={SELECT}>
          <option value="">{t("any")}</option>
          {municipalities.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="jobs-educationLevel">{t("educationLevel")}</label>
        <select id="jobs-educationLevel" name="educationLevel" defaultValue={filters.educationLevel ?? ""} className={SELECT}>
          <option value="">{t("any")}</option>
          {EDUCATION_LEVELS.map((l) => <option key={l} value={l}>{levels(l)}</option>)}
        </select>
      </div>
      <div className="flex items-end">
        <button type="submit" className={buttonClass("primary")}>{t("filter")}</button>
      </div>
    </form>
  );
}
