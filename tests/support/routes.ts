// The authorization matrix's list of every page inside a consortium: which roles may open it.
// A unit test fails when a page.tsx under app/[locale]/(app)/c/[slug] is missing here.
export type MatrixRole = "COORDINATOR" | "EMPLOYER" | "STEERING" | "APPLICANT";

export interface MatrixRoute {
  /** The page file's route, as in the app folder. */
  file: string;
  /** Fill in the URL for a consortium (and one of its employers). */
  path: (slug: string, employerId: string) => string;
  allowed: MatrixRole[];
}

export const MATRIX_ROUTES: MatrixRoute[] = [
  { file: "c/[slug]", path: (s) => `/c/${s}`, allowed: ["COORDINATOR", "EMPLOYER", "STEERING", "APPLICANT"] },
  { file: "c/[slug]/members", path: (s) => `/c/${s}/members`, allowed: ["COORDINATOR", "EMPLOYER", "STEERING"] },
  { file: "c/[slug]/members/new", path: (s) => `/c/${s}/members/new`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/members/[employerId]", path: (s, e) => `/c/${s}/members/${e}`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/people", path: (s) => `/c/${s}/people`, allowed: ["COORDINATOR"] },
];
