import { regionMunicipality } from "./answers";
import type { SnapshotQuestion, SurveyAnswers } from "./types";

export type Tri = "YES" | "NO" | "UNKNOWN";

export interface SurveyOutcome {
  /** Where the person lives, as answered (the region's spelling when it is one of its municipalities). */
  municipality: string | null;
  livesInRegion: Tri;
  worksInRegion: Tri;
  offeredJob: Tri;
  acceptedOffer: Tri;
  otherJobInRegion: Tri;
}

const yesNo = (value: unknown): Tri => (value === "yes" ? "YES" : value === "no" ? "NO" : "UNKNOWN");

/**
 * What a trainee's answers say about the outcomes, from the ready-made questions' keys: where
 * they live (in the region when the municipality is one of the consortium's), whether they work
 * in the region (asked, or else read from where they work), and the job offer. A job in the region
 * counts as "another job" unless they accepted the trainee employer's offer. Unanswered → UNKNOWN.
 */
export function outcomeOf(questions: readonly SnapshotQuestion[], answers: SurveyAnswers, municipalities: readonly string[]): SurveyOutcome {
  const byKey = (key: string) => {
    const q = questions.find((x) => x.key === key);
    return q ? answers[q.id] : undefined;
  };
  const inRegion = (name: unknown): Tri =>
    typeof name === "string" && name ? (regionMunicipality(name, municipalities) ? "YES" : "NO") : "UNKNOWN";

  const residence = byKey("residence");
  const municipality = typeof residence === "string" && residence ? residence : null;
  const asked = yesNo(byKey("works_in_region"));
  const worksInRegion = asked !== "UNKNOWN" ? asked : inRegion(byKey("work_municipality"));
  const offeredJob = yesNo(byKey("offered_job"));
  // "Did you accept?" means nothing without an offer.
  const acceptedOffer = offeredJob === "NO" ? "UNKNOWN" : yesNo(byKey("accepted_offer"));
  const otherJobInRegion: Tri = acceptedOffer === "YES" ? "NO" : worksInRegion;
  return { municipality, livesInRegion: inRegion(municipality), worksInRegion, offeredJob, acceptedOffer, otherJobInRegion };
}

/** The trainee's columns an END survey sets: only what was answered overwrites what is known. */
export function traineeUpdateOf(outcome: SurveyOutcome) {
  const known = <T extends string>(value: Tri | T | null, column: string) => (value && value !== "UNKNOWN" ? { [column]: value } : {});
  return {
    ...known(outcome.municipality, "residenceMunicipality"),
    ...known(outcome.offeredJob, "offeredJob"),
    ...known(outcome.acceptedOffer, "acceptedOffer"),
    ...known(outcome.otherJobInRegion, "otherJobInRegion"),
  } as Partial<{ residenceMunicipality: string; offeredJob: Tri; acceptedOffer: Tri; otherJobInRegion: Tri }>;
}
