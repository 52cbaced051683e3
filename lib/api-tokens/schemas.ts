import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "validation.required").max(80, "validation.tooBig"),
  /** Counts from 1 to 4 as they are, instead of "<5". */
  exact: z.boolean().default(false),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ id: z.string().min(1) });
