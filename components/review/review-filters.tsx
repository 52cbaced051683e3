import { getTranslations } from "next-intl/server";
import { REVIEW_STAGES, TIES, type ReviewFilters } from "@/lib/review/schemas";
import { buttonClass } from "../ui/button";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

interface Props {
  action: string;
  filters: ReviewFilters;
  campaigns: { id: string; label: string }[];
  campaignId: string;
  fields: string[];
}

/** A GET form, so every filtered view is a link the coordinator can share or bookmark. */
export async function ReviewFiltersForm({ action, filters, campaigns, campaignId, fields }: Props) {
  const t = await getTranslations("review");
  const stages = await getTranslations("stages");
  const levels = await getTranslations("options.educationLevel");
  const ties = await getTranslations("options.tie");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4">
      <div className="text-sm font-medium">
        <label htmlFor="review-campaign">{t("campaign")}</label>
        <select id="review-campaign" name="campaign" defaultValue={campaignId} className={CONTROL}>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="review-stage">{t("stage")}</label>
        <select id="review-stage" name="stage" defaultValue={filters.stage ?? ""} className={CONTROL}>
          <option value="">{t("any")}</option>
          {REVIEW_STAGES.map((s) => <option key={s} value={s}>{stages(s)}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="review-field">{t("field")}</label>
        <select id="review-field" name="field" defaultValue={filters.field ?? ""} className={CONTROL}>
          <option value="">{t("any")}</option>
          {fields.map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="review-education">{t("education")}</label>
        <select id="review-education" name="education" defaultValue={filters.educationLevel ?? ""} className={CONTROL}>
          <option value="">{t("any")}</option>
          {(["BACHELOR", "MASTER", "PHD"] as const).map((l) => <option key={l} value={l}>{levels(l)}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="review-tie">{t("ties")}</label>
        <select id="review-tie" name="tie" defaultValue={filters.tie ?? ""} className={CONTROL}>
          <option value="">{t("any")}</option>
          {TIES.map((tie) => <option key={tie} value={tie}>{ties(tie)}</option>)}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="review-q">{t("search")}</label>
        <input type="search" id="review-q" name="q" defaultValue={filters.q ?? ""} disabled={filters.anonymised} className={CONTROL} />
      </div>
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="anon" value="1" defaultChecked={filters.anonymised} />
        {t("anonymised")}
      </label>
      <div className="self-end">
        <button type="submit" className={buttonClass("primary")}>{t("apply")}</button>
      </div>
    </form>
  );
}
