import { cached, consortiumTag } from "../careers/cache";
import type { Tx } from "../db/tenant";
import { loadOutcomeReport } from "./report";
import type { OutcomeReport, ReportFilter } from "./types";

/**
 * The outcome report as the dashboard, the board report and the metrics API read it: kept per
 * consortium and filter for the career cache's 30 seconds (docs/performance.md). Ten years of
 * history cost ~70 ms of SQL, and a steering group reading it together asks for the same figures;
 * a live campaign's counts may lag by those seconds, an import shows at once (it invalidates).
 * Keyed by consortium, and only read after the caller's permission check for that consortium;
 * "<5" masking is applied per reader on top, never cached.
 */
export function loadCachedOutcomeReport(tx: Tx, consortiumId: string, filter: ReportFilter): Promise<OutcomeReport> {
  return cached(`outcomes:${consortiumId}:${JSON.stringify(filter)}`, [consortiumTag(consortiumId)], () => loadOutcomeReport(tx, consortiumId, filter));
}
