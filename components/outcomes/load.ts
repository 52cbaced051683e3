import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { scoped, type TenantContext } from "@/lib/auth/tenant-context";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ReportFilter } from "@/lib/metrics/types";
import { parseOutcomeFilter, type OutcomeQuery } from "@/lib/outcomes/filter";
import type { Translate } from "@/lib/outcomes/format";
import { loadOutcomeView, type OutcomeView } from "@/lib/outcomes/service";
import { buildOutcomeTables, type OutcomeTables } from "@/lib/outcomes/tables";
import { AppError } from "@/lib/server/errors";

export interface OutcomePageData extends OutcomeView {
  filter: ReportFilter;
  tables: OutcomeTables;
  /** Whether the reader sees exact figures (metrics.exact) or small counts as "<5". */
  exact: boolean;
}

/**
 * The dashboard's and the board report's data for the signed-in reader. A cohort id that is not
 * one of this consortium's is a 404, like any object of another consortium.
 */
export async function loadOutcomePage(ctx: TenantContext, query: OutcomeQuery): Promise<OutcomePageData> {
  const filter = parseOutcomeFilter(query);
  const exact = ctx.can("metrics.exact");
  try {
    const view = await scoped(ctx, (tx) => loadOutcomeView(tx, ctx.consortium.id, filter));
    return { ...view, filter, exact, tables: buildOutcomeTables(view.report, exact) };
  } catch (error) {
    if (error instanceof AppError && error.code === "cohortUnknown") notFound();
    throw error;
  }
}

/**
 * A translator from the catalog root in an explicit locale: the board report is written in the
 * consortium's language whatever language the reader's interface is in.
 */
export async function outcomeTranslator(locale: AppLocale): Promise<Translate> {
  const t = await getTranslations({ locale });
  return (key, values) => t(key, values);
}
