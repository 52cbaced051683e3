import type { MatrixRoute } from "./routes";

// Pages of outcomes, board report, fees and invoices, import and API tokens (issue 5). Role lists
// are written out here: importing values from routes.ts would be circular.
export const REPORTING_ROUTES: MatrixRoute[] = [
  { file: "c/[slug]/outcomes", path: (s) => `/c/${s}/outcomes`, allowed: ["COORDINATOR", "STEERING"] },
  { file: "c/[slug]/outcomes/report", path: (s, ids) => `/c/${s}/outcomes/report?cohort=${ids.cohortId}`, allowed: ["COORDINATOR", "STEERING"] },
  { file: "c/[slug]/import", path: (s) => `/c/${s}/import`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/surveys/results", path: (s, ids) => `/c/${s}/surveys/results?cohort=${ids.cohortId}&wave=END`, allowed: ["COORDINATOR", "STEERING"] },
  { file: "c/[slug]/invoices", path: (s) => `/c/${s}/invoices`, allowed: ["COORDINATOR", "EMPLOYER"] },
  { file: "c/[slug]/invoices/schedule", path: (s) => `/c/${s}/invoices/schedule`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/settings/api-tokens", path: (s) => `/c/${s}/settings/api-tokens`, allowed: ["COORDINATOR"] },
];
