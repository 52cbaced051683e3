import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for lib/surveys actions (see authorization.ts).
export const SURVEY_MATRIX_ACTIONS: MatrixAction[] = [];
