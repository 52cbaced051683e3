import { invoiceLinesCsv, exportFilterOf } from "@/lib/fees/export";
import { latestInvoiceYear } from "@/lib/fees/lines";
import { translatorFor } from "@/lib/i18n/messages";
import { apiLocale, apiRoute } from "@/lib/server/api-route";
import { csvResponse } from "@/lib/server/csv";

/**
 * A year's invoice lines as CSV (`?year=2025`, optionally `&status=INVOICED&employer=<id>`), for a
 * coordinator or a read-only API token; `?locale=` picks the language of headers and decimal mark.
 * Without a year: the latest year that has lines.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return apiRoute(request, slug, "fees.read", async (access, tx) => {
    const locale = apiLocale(request, access.consortium.defaultLocale);
    const latest = await latestInvoiceYear(tx, access.consortium.id, { all: true });
    const filter = exportFilterOf(new URL(request.url), latest ?? new Date().getUTCFullYear());
    const csv = await invoiceLinesCsv(tx, access.consortium, filter, locale);
    const filename = translatorFor(locale, "invoices")("csv.filename", { slug, year: filter.year });
    return csvResponse(csv, filename);
  });
}
