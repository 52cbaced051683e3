import { translatorFor } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { parseOutcomeFilter } from "@/lib/outcomes/filter";
import { outcomeCsvFilename, tableToCsv } from "@/lib/outcomes/format";
import { loadOutcomeView } from "@/lib/outcomes/service";
import { buildOutcomeTables, isTableKey } from "@/lib/outcomes/tables";
import { apiRoute } from "@/lib/server/api-route";
import { csvResponse, toCsv } from "@/lib/server/csv";
import { AppError } from "@/lib/server/errors";

/**
 * GET /api/c/{slug}/exports/outcomes?table=<key>&cohort=<id> | &from=YYYY&to=YYYY [&locale=sv|nb|en]
 * One table of the outcome dashboard as CSV, with the dashboard's filter and masking: a steering
 * member gets "<5" and no share wherever the screen shows them; a coordinator or an API token
 * (metrics.exact) the exact figures. Headers in `locale`, else the consortium's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return apiRoute(request, slug, "metrics.read", async (access, tx) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    if (!isTableKey(query.table)) throw new AppError("validation");
    const asked = query.locale;
    const locale = isLocale(asked) ? asked : access.consortium.defaultLocale;
    const filter = parseOutcomeFilter(query);
    const view = await loadOutcomeView(tx, access.consortium.id, filter);
    const table = buildOutcomeTables(view.report, access.can("metrics.exact"))[query.table];
    const t = translatorFor(locale, "");
    const { header, rows } = tableToCsv(table, t);
    return csvResponse(toCsv(header, rows, locale), outcomeCsvFilename(slug, query.table, filter, view));
  });
}
