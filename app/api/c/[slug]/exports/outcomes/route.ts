import { translatorFor } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { parseOutcomeFilter } from "@/lib/outcomes/filter";
import { outcomeCsvFilename, tableToCsv } from "@/lib/outcomes/format";
import { tableToXlsx } from "@/lib/outcomes/xlsx";
import { loadOutcomeView } from "@/lib/outcomes/service";
import { buildOutcomeTables, isTableKey } from "@/lib/outcomes/tables";
import { apiRoute } from "@/lib/server/api-route";
import { csvResponse, toCsv } from "@/lib/server/csv";
import { AppError } from "@/lib/server/errors";
import { toXlsx, xlsxResponse } from "@/lib/server/xlsx";

/**
 * GET /api/c/{slug}/exports/outcomes?table=<key>&cohort=<id> | &from=YYYY&to=YYYY [&locale=sv|nb|en] [&format=xlsx]
 * One table of the outcome dashboard as CSV (or .xlsx with typed cells), with the dashboard's
 * filter and disclosure: a steering member or a masked token gets "<5", "hidden" and no share
 * wherever the screen shows them; a coordinator or a token with exact figures the exact ones.
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
    const filename = outcomeCsvFilename(slug, query.table, filter, view);
    if (query.format === "xlsx") {
      const { header, rows } = tableToXlsx(table, t);
      return xlsxResponse(await toXlsx(t(`outcomes.panels.${query.table}`), header, rows), filename.replace(/\.csv$/, ".xlsx"));
    }
    const { header, rows } = tableToCsv(table, t);
    return csvResponse(toCsv(header, rows, locale), filename);
  });
}
