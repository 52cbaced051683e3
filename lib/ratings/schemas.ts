import { optionalText, z } from "../validation";

const score = z.coerce.number().int("validation.score").min(1, "validation.score").max(5, "validation.score");

export const rateSchema = z
  .object({
    applicationId: z.string().min(1),
    /** criterion key → 1..5; the keys must be the campaign's criteria (checked on the server). */
    scores: z.record(z.string().regex(/^[a-z][a-zA-Z0-9_-]{0,39}$/), score),
    rating: score,
    comment: optionalText(2000),
  })
  .strict();

export type RateInput = z.input<typeof rateSchema>;

export interface Criterion {
  key: string;
  label: Record<string, string>;
}

/** The campaign's rating criteria as stored (JSON), keeping only well-formed entries. */
export function criteriaOf(json: unknown): Criterion[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (c): c is Criterion => typeof c === "object" && c !== null && typeof c.key === "string" && typeof c.label === "object",
  );
}
