import { isLocale, routing } from "@/lib/i18n/routing";
import { unavailableResponse } from "@/lib/server/unavailable-page";

/** The database-outage page on its own (what proxy.ts answers during an outage), for checking it. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return unavailableResponse(isLocale(locale) ? locale : routing.defaultLocale);
}
