import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for lib/gatherings actions (see authorization.ts).
export const GATHERING_MATRIX_ACTIONS: MatrixAction[] = [];
