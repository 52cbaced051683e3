import type { MatrixRoute } from "./routes";

// The trainee year's pages (issue 4): cohorts, trainees, gatherings, check-ins, surveys, the
// trainee's own page. Each owner adds its pages here.
export const PROGRAMME_ROUTES: MatrixRoute[] = [];
