import type { MatrixRoute } from "./routes";

// The trainee year's pages (issue 4): cohorts, trainees, gatherings, check-ins, surveys, the
// trainee's own page. Each owner adds its pages here.
export const PROGRAMME_ROUTES: MatrixRoute[] = [
  { file: "c/[slug]/cohorts", path: (s) => `/c/${s}/cohorts`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/cohorts/[cohortId]", path: (s, ids) => `/c/${s}/cohorts/${ids.cohortId}`, allowed: ["COORDINATOR"] },
  {
    file: "c/[slug]/cohorts/[cohortId]/trainees/[traineeId]",
    path: (s, ids) => `/c/${s}/cohorts/${ids.cohortId}/trainees/${ids.traineeId}`,
    allowed: ["COORDINATOR"],
  },
  { file: "c/[slug]/cohorts/[cohortId]/gatherings", path: (s, ids) => `/c/${s}/cohorts/${ids.cohortId}/gatherings`, allowed: ["COORDINATOR"] },
  {
    file: "c/[slug]/cohorts/[cohortId]/gatherings/[gatheringId]",
    path: (s, ids) => `/c/${s}/cohorts/${ids.cohortId}/gatherings/${ids.gatheringId}`,
    allowed: ["COORDINATOR"],
  },
  { file: "c/[slug]/check-ins", path: (s) => `/c/${s}/check-ins`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/check-ins/[checkInId]", path: (s, ids) => `/c/${s}/check-ins/${ids.checkInId}`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/trainees", path: (s) => `/c/${s}/trainees`, allowed: ["EMPLOYER"] },
  { file: "c/[slug]/programme", path: (s) => `/c/${s}/programme`, allowed: ["TRAINEE"] },
  { file: "c/[slug]/surveys", path: (s) => `/c/${s}/surveys`, allowed: ["COORDINATOR"] },
  { file: "c/[slug]/surveys/questions", path: (s) => `/c/${s}/surveys/questions`, allowed: ["COORDINATOR"] },
];
