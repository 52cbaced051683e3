import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for the import actions (see authorization.ts).
export const IMPORT_MATRIX_ACTIONS: MatrixAction[] = [];
