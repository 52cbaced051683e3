import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for the fees actions (see authorization.ts).
export const FEE_MATRIX_ACTIONS: MatrixAction[] = [];
