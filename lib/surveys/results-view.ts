import type { Tx } from "../db/tenant";
import { discloseWave, type MaskedWave } from "../disclosure/survey";
import { AppError } from "../server/errors";
import { isResultWave, listSurveyCohorts, loadWaveResult, loadWaveTrend, type ResultWave } from "./results";

export interface SurveyResultsView {
  cohorts: { id: string; name: string }[];
  cohort: { id: string; name: string } | null;
  wave: ResultWave;
  result: MaskedWave | null;
  /** The wave across cohorts, each cohort disclosed as on its own page. */
  trend: (MaskedWave & { name: string })[];
}

/**
 * The survey results page, its CSV and the board report read this: one cohort's wave (the newest
 * cohort and the end survey unless asked) and the same wave across cohorts, disclosed for the
 * reader. A cohort id that is not this consortium's is cohortUnknown (a 404).
 */
export async function loadSurveyResults(
  tx: Tx,
  consortiumId: string,
  query: { cohort?: string; wave?: string },
  reader: { exact: boolean; freeText: boolean },
): Promise<SurveyResultsView> {
  const cohorts = await listSurveyCohorts(tx, consortiumId);
  const wave: ResultWave = isResultWave(query.wave) ? query.wave : "END";
  const cohort = query.cohort ? (cohorts.find((c) => c.id === query.cohort) ?? null) : (cohorts[0] ?? null);
  if (query.cohort && !cohort) throw new AppError("cohortUnknown");
  const result = cohort ? discloseWave(await loadWaveResult(tx, consortiumId, cohort.id, wave), reader.exact, reader.freeText) : null;
  const trend = (await loadWaveTrend(tx, consortiumId, wave)).map((r) => ({ ...discloseWave(r, reader.exact, false), name: r.name }));
  return { cohorts, cohort, wave, result, trend };
}
