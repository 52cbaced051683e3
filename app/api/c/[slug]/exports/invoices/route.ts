import { invoiceLinesCsv, invoiceLinesXlsx, exportFilterOf } from "@/lib/fees/export";
import { latestInvoiceYear } from "@/lib/fees/lines";
import { translatorFor } from "@/lib/i18n/messages";
import { apiLocale, apiRoute } from "@/lib/server/api-route";
import { csvResponse } from "@/lib/server/csv";
import { xlsxResponse } from "@/lib/server/xlsx";

/**
 * A year's invoice lines as CSV (`?year=2025`, optionally `&status=INVOICED&employer=<id>`), for a
 * coordinator or a read-only API token; `?locale=` picks the language of headers and decimal mark;
 * `&format=xlsx` the same lines as a workbook with typed cells. Without a year: the latest year
 * that has lines.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return apiRoute(request, slug, "fees.read", async (access, tx) => {
    const locale = apiLocale(request, access.consortium.defaultLocale);
    const url = new URL(request.url);
    const latest = await latestInvoiceYear(tx, access.consortium.id, { all: true });
    const filter = exportFilterOf(url, latest ?? new Date().getUTCFullYear());
    const filename = translatorFor(locale, "invoices")("csv.filename", { slug, year: filter.year });
    if (url.searchParams.get("format") === "xlsx") {
      return xlsxResponse(await invoiceLinesXlsx(tx, access.consortium, filter, locale), filename.replace(/\.csv$/, ".xlsx"));
    }
    return csvResponse(await invoiceLinesCsv(tx, access.consortium, filter, locale), filename);
  });
}
