import { getTranslations } from "next-intl/server";
import { REVIEW_STAGES, TIES, type ReviewFilters } from "@/lib/review/schemas";
import { buttonClass } from "../ui/button";
import { FilterField, FilterSelect } from "../ui/filter-select";

interface Props {
  action: string;
  filters: ReviewFilters;
  campaigns: { id: string; label: string }[];
  campaignId: string;
  fields: string[];
  employers: { id: string; name: string }[];
  /** How many postings the campaign lets an applicant rank. */
  maxPreferences: number;
  view: "table" | "board";
}

/** A GET form, so every filtered view is a link the coordinator can share or bookmark. */
export async function ReviewFiltersForm({ action, filters, campaigns, campaignId, fields, employers, maxPreferences, view }: Props) {
  const t = await getTranslations("review");
  const stages = await getTranslations("stages");
  const levels = await getTranslations("options.educationLevel");
  const ties = await getTranslations("options.tie");
  const any = t("any");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4">
      <FilterSelect id="review-campaign" name="campaign" label={t("campaign")} value={campaignId} options={campaigns.map((c) => ({ value: c.id, label: c.label }))} />
      <FilterSelect id="review-stage" name="stage" label={t("stage")} value={filters.stage} anyLabel={any} options={REVIEW_STAGES.map((s) => ({ value: s, label: stages(s) }))} />
      <FilterSelect id="review-field" name="field" label={t("field")} value={filters.field} anyLabel={any} options={fields.map((f) => ({ value: f, label: f }))} />
      <FilterSelect
        id="review-education"
        name="education"
        label={t("education")}
        value={filters.educationLevel}
        anyLabel={any}
        options={(["BACHELOR", "MASTER", "PHD"] as const).map((l) => ({ value: l, label: levels(l) }))}
      />
      <FilterSelect id="review-tie" name="tie" label={t("ties")} value={filters.tie} anyLabel={any} options={TIES.map((tie) => ({ value: tie, label: ties(tie) }))} />
      <FilterSelect id="review-employer" name="employer" label={t("employer")} value={filters.employerId} anyLabel={any} options={employers.map((e) => ({ value: e.id, label: e.name }))} />
      <FilterSelect
        id="review-rank"
        name="rank"
        label={t("rank")}
        value={filters.rank?.toString()}
        anyLabel={any}
        options={Array.from({ length: maxPreferences }, (_, i) => ({ value: String(i + 1), label: t("rankUpTo", { rank: i + 1 }) }))}
      />
      <FilterSelect
        id="review-rating"
        name="rating"
        label={t("minRating")}
        value={filters.minRating?.toString()}
        anyLabel={any}
        options={[1, 2, 3, 4, 5].map((r) => ({ value: String(r), label: t("ratingAtLeast", { rating: r }) }))}
      />
      <FilterField id="review-q" label={t("search")}>
        {(className) => <input type="search" id="review-q" name="q" defaultValue={filters.q ?? ""} disabled={filters.anonymised} className={className} />}
      </FilterField>
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="anon" value="1" defaultChecked={filters.anonymised} />
        {t("anonymised")}
      </label>
      {view === "board" ? <input type="hidden" name="view" value="board" /> : null}
      {/* The inbox's filters have no control here; they stay until removed (ActiveTodoFilters). */}
      {filters.postingId ? <input type="hidden" name="posting" value={filters.postingId} /> : null}
      {filters.since ? <input type="hidden" name="since" value={filters.since.toISOString()} /> : null}
      {filters.unrated ? <input type="hidden" name="unrated" value="1" /> : null}
      {filters.unbooked ? <input type="hidden" name="unbooked" value="1" /> : null}
      <div className="self-end">
        <button type="submit" className={buttonClass("primary")}>{t("apply")}</button>
      </div>
    </form>
  );
}
