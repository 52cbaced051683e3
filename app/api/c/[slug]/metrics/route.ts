import { loadMetricsJson } from "@/lib/metrics/json";
import { apiRoute } from "@/lib/server/api-route";

/**
 * The consortium's outcome metrics as JSON, for a signed-in coordinator or steering member or a
 * read-only API token (a region's BI tool); `?cohort=NAME` for one cohort. Exact figures need
 * metrics.exact; the steering group gets counts from 1 to 4 as "<5".
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return apiRoute(request, slug, "metrics.read", async (access, tx) => {
    const cohortName = new URL(request.url).searchParams.get("cohort");
    const body = await loadMetricsJson(tx, access.consortium, { cohortName, exact: access.can("metrics.exact") });
    return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
  });
}
