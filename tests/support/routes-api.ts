import type { MatrixIds, MatrixRole } from "./routes";

/**
 * The consortium's read-only API routes for the API authorization matrix
 * (tests/e2e/authorization-api.spec.ts): each is requested as every demo role, with nobody
 * signed in (401), with a valid API token of its own consortium (200 when `token`), a revoked
 * token and another consortium's token (401), and under the other consortium's slug (404).
 */
export interface ApiMatrixRoute {
  name: string;
  path: (slug: string, ids: MatrixIds) => string;
  allowed: MatrixRole[];
  /** A read-only API token may read it. */
  token: boolean;
}

export const API_ROUTES: ApiMatrixRoute[] = [
  { name: "metrics JSON", path: (s) => `/api/c/${s}/metrics`, allowed: ["COORDINATOR", "STEERING"], token: true },
  { name: "outcomes CSV", path: (s) => `/api/c/${s}/exports/outcomes?table=funnel`, allowed: ["COORDINATOR", "STEERING"], token: true },
  { name: "outcomes .xlsx", path: (s) => `/api/c/${s}/exports/outcomes?table=gender&format=xlsx`, allowed: ["COORDINATOR", "STEERING"], token: true },
  { name: "invoice lines CSV", path: (s) => `/api/c/${s}/exports/invoices`, allowed: ["COORDINATOR"], token: true },
  { name: "invoice lines .xlsx", path: (s) => `/api/c/${s}/exports/invoices?format=xlsx`, allowed: ["COORDINATOR"], token: true },
  { name: "import template", path: (s) => `/api/c/${s}/import/template?file=trainees&format=xlsx`, allowed: ["COORDINATOR"], token: false },
  { name: "survey results CSV", path: (s, ids) => `/api/c/${s}/exports/surveys?cohort=${ids.cohortId}&wave=END`, allowed: ["COORDINATOR", "STEERING"], token: true },
];
