import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for the api-tokens actions (see authorization.ts).
export const API_TOKEN_MATRIX_ACTIONS: MatrixAction[] = [];
