import { translatorFor } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { apiRoute } from "@/lib/server/api-route";
import { csvResponse, toCsv } from "@/lib/server/csv";
import { AppError } from "@/lib/server/errors";
import { num, text, toXlsx, xlsxResponse } from "@/lib/server/xlsx";
import { surveyResultRows } from "@/lib/surveys/results-export";
import { loadSurveyResults } from "@/lib/surveys/results-view";

/**
 * GET /api/c/{slug}/exports/surveys?cohort=<id>&wave=END|YEAR_1|YEAR_3|EMPLOYER[&locale=][&format=xlsx]:
 * one cohort's survey results as on the results page, disclosed for the reader; free text only
 * for a coordinator (never for a token).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return apiRoute(request, slug, "metrics.read", async (access, tx) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    if (!query.cohort) throw new AppError("validation", { cohort: "validation.required" });
    const locale = isLocale(query.locale) ? query.locale : access.consortium.defaultLocale;
    const reader = { exact: access.can("metrics.exact"), freeText: access.can("survey.manage") };
    const view = await loadSurveyResults(tx, access.consortium.id, { cohort: query.cohort, wave: query.wave }, reader);
    const t = translatorFor(locale, "");
    const { header, rows } = surveyResultRows(view.result!, locale, t);
    const filename = `surveys-${view.wave.toLowerCase()}-${slug}-${view.cohort!.name.replace(/[^\w-]+/g, "-")}`;
    if (query.format === "xlsx") {
      const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? num(cell) : text(cell ?? null))));
      return xlsxResponse(await toXlsx(t("surveys.results.csv.sheet"), header, cells), `${filename}.xlsx`);
    }
    return csvResponse(toCsv(header, rows, locale), `${filename}.csv`);
  });
}
