import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for lib/cohorts actions (see authorization.ts).
export const COHORT_MATRIX_ACTIONS: MatrixAction[] = [];
