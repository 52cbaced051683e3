import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for lib/checkins actions (see authorization.ts).
export const CHECKIN_MATRIX_ACTIONS: MatrixAction[] = [];
