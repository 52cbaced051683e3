import type { Tx } from "@/lib/db/tenant";
import { discloseWave, type MaskedWave } from "@/lib/disclosure/survey";
import { previousPeriod } from "@/lib/outcomes/previous";
import { loadOutcomeView } from "@/lib/outcomes/service";
import { buildOutcomeTables } from "@/lib/outcomes/tables";
import { RESULT_WAVES, loadWaveResult } from "@/lib/surveys/results";
import type { PreviousFigures } from "./key-figures";
import type { OutcomePageData } from "./load";

/**
 * What the board report adds to the dashboard's tables: the previous period's key figures (its own
 * selection, disclosed as its own page discloses it) and, for one cohort, its surveys.
 */
export async function loadReportExtras(tx: Tx, consortiumId: string, data: OutcomePageData, reader: { exact: boolean }): Promise<{ previous: PreviousFigures | null; surveys?: MaskedWave[] }> {
  const before = previousPeriod(data.filter, data.cohorts);
  let previous: PreviousFigures | null = null;
  if (before) {
    const view = await loadOutcomeView(tx, consortiumId, before.filter);
    if (view.report.cohorts.length) previous = { label: before.label, tables: buildOutcomeTables(view.report, reader.exact) };
  }
  if (!data.cohort) return { previous };
  const surveys: MaskedWave[] = [];
  for (const wave of RESULT_WAVES) surveys.push(discloseWave(await loadWaveResult(tx, consortiumId, data.cohort.id, wave), reader.exact, false));
  return { previous, surveys };
}
