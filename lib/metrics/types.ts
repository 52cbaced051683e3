import type { CohortStatus, EducationLevel, Gender, HeardFrom, RegionTie } from "../db/generated/enums";

// The outcome report's shape: what lib/metrics computes in the database, what the dashboard,
// the board report, the CSV exports and GET /api/c/{slug}/metrics show. Live and imported
// cohorts fill it the same way (docs/decisions/0019-outcome-metrics.md).

/** A yes/no outcome among those whose answer is known: share = count / known, null when known is 0. */
export interface Outcome {
  count: number;
  known: number;
  share: number | null;
}

/** Recruitment of one cohort. A figure is null when it is not known (imported without a campaigns file). */
export interface Funnel {
  applicants: number | null;
  places: number | null;
  /** applicants ÷ places, null when either is unknown or places is 0. */
  applicantsPerPlace: number | null;
  /** Applicants living outside the region; known = applicants. */
  outsideRegion: Outcome;
  interviewed: number | null;
  offered: number | null;
  hired: number;
}

/** A split of people by a category, largest first; UNKNOWN where nothing was said. */
export type Split<K extends string> = { key: K; count: number }[];

export interface Who {
  gender: Split<Gender>;
  education: Split<EducationLevel | "UNKNOWN">;
  field: Split<string>;
  ties: Split<RegionTie | "UNKNOWN">;
}

export interface Outcomes {
  completed: Outcome;
  droppedOut: Outcome;
  offeredJob: Outcome;
  acceptedOffer: Outcome;
  inRegionEnd: Outcome;
  inRegion1y: Outcome;
  inRegion3y: Outcome;
}

/** What names and places a cohort in a report, as the database gives it. */
export interface CohortHead {
  name: string;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
  /** The year the cohort started: the x axis of trends across years. */
  year: number;
  status: CohortStatus;
  imported: boolean;
}

export interface CohortMetrics extends CohortHead {
  cohortId: string;
  funnel: Funnel;
  heardFrom: Split<HeardFrom | "UNKNOWN">;
  /** The cohort's trainees (hired), live and imported alike. */
  who: Who;
  outcomes: Outcomes;
}

/** Member employers in one calendar year: active = hosted a trainee or published a posting that year. */
export interface MemberYear {
  year: number;
  total: number;
  active: number;
  /** Distinct trainees hosted (placed) that year. */
  trainees: number;
  /** Employers who hosted a trainee that year. */
  hosts: number;
  /** Trainees hosted that year ÷ employers who hosted one (2 decimals); null when none did. */
  traineesPerEmployer: number | null;
}

export interface EmployerTrainees {
  employerId: string;
  name: string;
  trainees: number;
}

/** Which cohorts a report covers: one cohort, or cohorts starting in a range of years. */
export type ReportFilter = { cohortId: string } | { fromYear?: number; toYear?: number };

export interface OutcomeReport {
  cohorts: CohortMetrics[];
  /** The selected cohorts together (funnel, splits and outcomes summed, shares recomputed). */
  total: Omit<CohortMetrics, "cohortId" | keyof CohortHead>;
  members: { years: MemberYear[]; employers: EmployerTrainees[] };
  /** All years with cohorts, for the filter. */
  availableYears: number[];
}

/**
 * A count as shown: exact, "<5" for a count of 1–4 people, or "hidden" for a count hidden so that
 * a "<5" cannot be worked out from it (lib/disclosure, docs/decisions/0032-disclosure-control.md).
 */
export type Figure = number | "<5" | "hidden";

// The same report as a reader sees it: exact for coordinators; for the steering group every count
// of 1–4 people as "<5", the counts it could be worked out from "hidden", free-text categories under
// five merged into OTHER, and the shares and ratios built on any of them hidden. lib/disclosure.

export interface MaskedOutcome {
  count: Figure;
  known: Figure;
  share: number | null;
}

export interface MaskedFunnel {
  applicants: Figure | null;
  places: Figure | null;
  applicantsPerPlace: number | null;
  outsideRegion: MaskedOutcome;
  interviewed: Figure | null;
  offered: Figure | null;
  hired: Figure;
}

export type MaskedSplit<K extends string> = { key: K; count: Figure }[];

export interface MaskedWho {
  gender: MaskedSplit<Gender>;
  education: MaskedSplit<EducationLevel | "UNKNOWN">;
  field: MaskedSplit<string>;
  ties: MaskedSplit<RegionTie | "UNKNOWN">;
}

export type MaskedOutcomes = Record<keyof Outcomes, MaskedOutcome>;

export interface MaskedSection {
  funnel: MaskedFunnel;
  heardFrom: MaskedSplit<HeardFrom | "UNKNOWN">;
  who: MaskedWho;
  outcomes: MaskedOutcomes;
}

export type MaskedCohortMetrics = Omit<CohortMetrics, keyof MaskedSection> & MaskedSection;

export interface MaskedMemberYear {
  year: number;
  total: Figure;
  active: Figure;
  trainees: Figure;
  hosts: Figure;
  traineesPerEmployer: number | null;
}

export interface MaskedOutcomeReport {
  /** False when counts 1–4 are masked (a reader without metrics.exact). */
  exact: boolean;
  cohorts: MaskedCohortMetrics[];
  total: MaskedSection;
  members: {
    years: MaskedMemberYear[];
    /** Trainees hosted per employer by name: exact readers only (empty otherwise). */
    employers: EmployerTrainees[];
    /** How many employers hosted 1, 2–4, 5–9 or 10+ of the trainees: employers are not people. */
    bands: EmployerBand[];
  };
  availableYears: number[];
}

export interface EmployerBand {
  /** "1", "2-4", "5-9", "10+" */
  band: string;
  employers: number;
}
