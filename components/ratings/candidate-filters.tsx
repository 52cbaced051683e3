import { getTranslations } from "next-intl/server";
import type { CandidateFilters as Filters } from "@/lib/ratings/service";
import { buttonClass } from "../ui/button";
import { FilterField } from "../ui/filter-select";

/** Search and "not yet rated" for the candidates list: a GET form, so every view is a link. */
export async function CandidateFilters({ action, filters, staff }: { action: string; filters: Filters; staff: boolean }) {
  const t = await getTranslations("ratings");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-0 flex-1 basis-60">
        <FilterField id="candidates-q" label={t("search")}>
          {(className) => <input type="search" id="candidates-q" name="q" defaultValue={filters.q ?? ""} className={className} />}
        </FilterField>
      </div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="unrated" value="1" defaultChecked={Boolean(filters.unrated)} />
        {staff ? t("unratedStaff") : t("unrated")}
      </label>
      {filters.postingId ? <input type="hidden" name="posting" value={filters.postingId} /> : null}
      <button type="submit" className={buttonClass("primary")}>{t("apply")}</button>
    </form>
  );
}
