import { text, z } from "../validation";

export const EDUCATION_LEVELS = ["BACHELOR", "MASTER", "PHD"] as const;

export const postingSchema = z
  .object({
    campaignId: z.string().min(1),
    /** Only a coordinator names the employer; an employer contact always posts for its own. */
    employerId: z.string().optional().transform((v) => v || undefined),
    title: text(140),
    description: text(8000),
    field: text(80),
    educationLevel: z.enum(EDUCATION_LEVELS),
    municipality: text(80),
    places: z.coerce.number().int().min(1).max(20),
  })
  .strict();

export type PostingInput = z.input<typeof postingSchema>;

export const updatePostingSchema = postingSchema.omit({ campaignId: true, employerId: true }).extend({ id: z.string().min(1) }).strict();
export const postingIdSchema = z.object({ id: z.string().min(1) }).strict();
export const returnPostingSchema = z.object({ id: z.string().min(1), comment: text(2000) }).strict();
