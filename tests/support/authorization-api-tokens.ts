import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { createApiTokenIn } from "./api-tokens";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";

// The authorization matrix's entries for the API token actions (see authorization.ts).
export const API_TOKEN_MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "createApiTokenAction",
    action: createApiTokenAction,
    allowed: ["COORDINATOR"],
    input: async () => ({ name: "Region BI" }),
  },
  {
    name: "revokeApiTokenAction",
    action: revokeApiTokenAction,
    allowed: ["COORDINATOR"],
    input: async (own) => ({ id: (await createApiTokenIn(own.id)).id }),
    foreignInput: async (_own, other) => ({ id: (await createApiTokenIn(other.id)).id }),
  },
];
