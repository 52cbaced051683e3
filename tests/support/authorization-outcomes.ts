import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for the outcomes actions (see authorization.ts).
export const OUTCOME_MATRIX_ACTIONS: MatrixAction[] = [];
