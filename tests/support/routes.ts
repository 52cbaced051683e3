// The authorization matrix's list of every page inside a consortium: which roles may open it.
// A unit test fails when a page.tsx under app/[locale]/(app)/c/[slug] is missing here.
import { APPLICANT_LIST_ROUTES } from "./routes-applicant-lists";
import { PROGRAMME_ROUTES } from "./routes-programme";
import { REPORTING_ROUTES } from "./routes-reporting";

export type MatrixRole = "COORDINATOR" | "EMPLOYER" | "STEERING" | "APPLICANT" | "TRAINEE";

export interface MatrixIds {
  employerId: string;
  postingId: string;
  campaignId: string;
  applicationId: string;
  /** The running cohort; a trainee of it placed at the demo employer; its first gathering and check-in. */
  cohortId: string;
  traineeId: string;
  gatheringId: string;
  checkInId: string;
  /** A posting of the employer contact's employer with published applicant lists, else any of its postings. */
  listPostingId?: string;
}

export interface MatrixRoute {
  /** The page file's route, as in the app folder. */
  file: string;
  /** Fill in the URL for a consortium and objects of it. */
  path: (slug: string, ids: MatrixIds) => string;
  allowed: MatrixRole[];
  /** Whose demo accounts open it as their own (default trainee-varmland); the other consortium is the foreign one. */
  consortium?: "trainee-varmland" | "trainee-innlandet";
}

export const ALL: MatrixRole[] = ["COORDINATOR", "EMPLOYER", "STEERING", "APPLICANT", "TRAINEE"];
const POSTERS: MatrixRole[] = ["COORDINATOR", "EMPLOYER"];

export const MATRIX_ROUTES: MatrixRoute[] = [
  ...PROGRAMME_ROUTES,
  ...REPORTING_ROUTES,
  ...APPLICANT_LIST_ROUTES,
  { file: "c/[slug]", path: (s) => `/c/${s}`, allowed: ALL },
  { file: "c/[slug]/members", path: (s) => `/c/${s}/members`, allowed: ["COORDINATOR", "EMPLOYER", "STEERING"] },
  { file: "c/[slug]/members/new", path: (s) => `/c/${s}/members/new`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/members/[employerId]", path: (s, ids) => `/c/${s}/members/${ids.employerId}`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/people", path: (s) => `/c/${s}/people`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/postings", path: (s) => `/c/${s}/postings`, allowed: POSTERS },
  { file: "c/[slug]/postings/new", path: (s) => `/c/${s}/postings/new`, allowed: POSTERS },
  { file: "c/[slug]/postings/[postingId]", path: (s, ids) => `/c/${s}/postings/${ids.postingId}`, allowed: POSTERS },
  { file: "c/[slug]/applications", path: (s) => `/c/${s}/applications`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/candidates", path: (s) => `/c/${s}/candidates`, allowed: POSTERS },
  { file: "c/[slug]/candidates/[applicationId]", path: (s, ids) => `/c/${s}/candidates/${ids.applicationId}`, allowed: POSTERS },
  { file: "c/[slug]/campaigns", path: (s) => `/c/${s}/campaigns`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/campaigns/new", path: (s) => `/c/${s}/campaigns/new`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/campaigns/[campaignId]", path: (s, ids) => `/c/${s}/campaigns/${ids.campaignId}`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/campaigns/[campaignId]/setup", path: (s, ids) => `/c/${s}/campaigns/${ids.campaignId}/setup`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/settings", path: (s) => `/c/${s}/settings`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/apply", path: (s) => `/c/${s}/apply`, allowed: ["APPLICANT"] },
  { file: "c/[slug]/me", path: (s) => `/c/${s}/me`, allowed: ["APPLICANT", "TRAINEE"] },
  { file: "c/[slug]/interviews", path: (s) => `/c/${s}/interviews`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/me/interview", path: (s) => `/c/${s}/me/interview`, allowed: ["APPLICANT"] },
];
