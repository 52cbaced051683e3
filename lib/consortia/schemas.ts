import { text, z } from "../validation";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;

export const createConsortiumSchema = z
  .object({
    name: text(120),
    slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, "validation.slug"),
    country: z.enum(["SE", "NO"]),
    currency: z.enum(["SEK", "NOK"]),
    defaultLocale: z.enum(["sv", "nb", "en"]),
  })
  .strict();

export type CreateConsortiumInput = z.input<typeof createConsortiumSchema>;

export const TIME_ZONES = { SE: "Europe/Stockholm", NO: "Europe/Oslo" } as const;

/** A URL-safe suggestion from a consortium's name: "Trainee Värmland" → "trainee-varmland". */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[æ]/g, "ae")
    .replace(/[ø]/g, "o")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}
