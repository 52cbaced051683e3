// The two demo consortia: identity, fee schedule, how many people in each cohort, and the
// calendar of the three cohorts relative to the seed's today (2026-11-25).
import { DEMO_CONSORTIA } from "../demo-accounts";
import { NORWEGIAN_EMPLOYERS, SWEDISH_EMPLOYERS, type EmployerSpec } from "./employers";
import type { Lang } from "./fields";
import { NORWEGIAN, SWEDISH, type PeopleCatalogue } from "./names";

export type CohortKey = "finished" | "running" | "recruiting";

export interface CohortSchedule {
  name: string;
  /** Calendar days (local), and the campaign window's local dates (opens 00:00, closes 23:59). */
  start: string;
  end: string;
  programmeMonths: number;
  status: "FINISHED" | "RUNNING" | "RECRUITING";
  campaign: { opens: string; closes: string; status: "CLOSED" | "OPEN" };
  /** When offers were accepted (closed campaigns). */
  hiredOn?: string;
}

/**
 * One finished, one running and one recruiting cohort as seen on 2026-11-25. The running cohort
 * is the one that started in September 2026, so that today falls inside its programme year.
 */
export const SCHEDULE: Record<CohortKey, CohortSchedule> = {
  finished: {
    name: "2024/25", start: "2024-09-01", end: "2025-08-31", programmeMonths: 12, status: "FINISHED",
    campaign: { opens: "2024-01-15", closes: "2024-03-01", status: "CLOSED" }, hiredOn: "2024-04-08",
  },
  running: {
    name: "2026/27", start: "2026-09-01", end: "2027-08-31", programmeMonths: 12, status: "RUNNING",
    campaign: { opens: "2026-01-15", closes: "2026-03-01", status: "CLOSED" }, hiredOn: "2026-04-07",
  },
  recruiting: {
    name: "2027/28", start: "2027-09-01", end: "2028-08-31", programmeMonths: 12, status: "RECRUITING",
    campaign: { opens: "2026-11-01", closes: "2027-03-01", status: "OPEN" },
  },
};

export interface FeeRuleSpec {
  kind: "MEMBERSHIP_FLAT" | "MEMBERSHIP_TIER_EMPLOYEES" | "PER_POSTING" | "PER_HIRE";
  amountMinor: number;
  minThreshold?: bigint;
  maxThreshold?: bigint | null;
  description: string;
}

export interface ConsortiumSpec {
  slug: string;
  name: string;
  country: "SE" | "NO";
  currency: "SEK" | "NOK";
  defaultLocale: Lang;
  timeZone: string;
  lang: Lang;
  people: PeopleCatalogue;
  employers: EmployerSpec[];
  feeRules: FeeRuleSpec[];
  feesValidFrom: string;
  finished: { trainees: number; applicantsTotal: number; applicantsOutside: number; interviewedTotal: number };
  running: { trainees: number; applicants: number };
  recruiting: { applicants: number; published: number; submitted: number; draft: number };
  /** Where gatherings take place: [kick-off, company visit, leadership course, social]. */
  gatheringPlaces: [string, string, string, string];
  /** The region's municipalities that no seeded person happens to live in. */
  extraMunicipalities: readonly string[];
}

const [varmland, innlandet] = DEMO_CONSORTIA;

export const CONSORTIA: ConsortiumSpec[] = [
  {
    ...varmland,
    lang: "sv",
    people: SWEDISH,
    employers: SWEDISH_EMPLOYERS,
    feesValidFrom: "2023-01-01",
    feeRules: [
      { kind: "MEMBERSHIP_FLAT", amountMinor: 3_000_000, description: "Medlemsavgift per år" },
      { kind: "PER_HIRE", amountMinor: 3_000_000, description: "Avgift per anställd trainee" },
      { kind: "PER_POSTING", amountMinor: 1_000_000, description: "Avgift per publicerad annons" },
    ],
    finished: { trainees: 12, applicantsTotal: 181, applicantsOutside: 74, interviewedTotal: 26 },
    running: { trainees: 12, applicants: 40 },
    recruiting: { applicants: 147, published: 12, submitted: 2, draft: 1 },
    extraMunicipalities: ["Munkfors", "Storfors"],
    gatheringPlaces: [
      "Karlstads universitet, Karlstad",
      "Arvika Mekaniska AB, Arvika",
      "Konferensgården vid Fryken, Sunne",
      "Trainee Värmlands kontor, Karlstad",
    ],
  },
  {
    ...innlandet,
    lang: "nb",
    people: NORWEGIAN,
    employers: NORWEGIAN_EMPLOYERS,
    extraMunicipalities: [
      "Alvdal", "Dovre", "Eidskog", "Engerdal", "Etnedal", "Folldal", "Gausdal", "Gran", "Grue", "Lesja", "Lom", "Lunner",
      "Nord-Fron", "Nord-Odal", "Nordre Land", "Os", "Rendalen", "Ringebu", "Sel", "Skjåk", "Stor-Elvdal", "Sør-Aurdal",
      "Sør-Fron", "Sør-Odal", "Søndre Land", "Tolga", "Vang", "Vestre Slidre", "Vågå", "Våler", "Åmot", "Åsnes", "Østre Slidre",
    ],
    feesValidFrom: "2023-01-01",
    feeRules: [
      { kind: "MEMBERSHIP_TIER_EMPLOYEES", amountMinor: 2_500_000, minThreshold: 0n, maxThreshold: 150n, description: "Årlig medlemskontingent, under 150 ansatte" },
      { kind: "MEMBERSHIP_TIER_EMPLOYEES", amountMinor: 4_500_000, minThreshold: 150n, maxThreshold: null, description: "Årlig medlemskontingent, 150 ansatte eller flere" },
      { kind: "PER_HIRE", amountMinor: 4_500_000, description: "Gebyr per ansatt trainee" },
    ],
    finished: { trainees: 8, applicantsTotal: 112, applicantsOutside: 47, interviewedTotal: 18 },
    running: { trainees: 9, applicants: 30 },
    recruiting: { applicants: 81, published: 8, submitted: 1, draft: 0 },
    gatheringPlaces: [
      "Universitetet i Innlandet, campus Hamar",
      "Innlandet Energi og Nett AS, Gjøvik",
      "Lillehammer kurs- og konferansesenter, Lillehammer",
      "Kulturhuset, Hamar",
    ],
  },
];
