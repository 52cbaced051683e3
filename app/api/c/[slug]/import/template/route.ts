import { translatorFor } from "@/lib/i18n/messages";
import { templateCsv, templateXlsx } from "@/lib/import/templates";
import { apiLocale, apiRoute } from "@/lib/server/api-route";
import { csvResponse } from "@/lib/server/csv";
import { AppError } from "@/lib/server/errors";
import { xlsxResponse } from "@/lib/server/xlsx";

/**
 * GET /api/c/{slug}/import/template?file=trainees|campaigns&format=csv|xlsx[&locale=sv|nb|en]:
 * an import template in the reader's language, for a coordinator (import.run).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return apiRoute(request, slug, "import.run", async (access) => {
    const query = new URL(request.url).searchParams;
    const file = query.get("file");
    if (file !== "trainees" && file !== "campaigns") throw new AppError("validation", { file: "validation.choice" });
    const locale = apiLocale(request, access.consortium.defaultLocale);
    const name = translatorFor(locale, "import")(`files.${file}`);
    const filename = `${name.toLowerCase()}-${locale}`;
    if (query.get("format") === "xlsx") return xlsxResponse(await templateXlsx(file, locale, name), `${filename}.xlsx`);
    return csvResponse(templateCsv(file, locale), `${filename}.csv`);
  });
}
