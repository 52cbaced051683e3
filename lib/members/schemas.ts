import { optionalText, text, z } from "../validation";

export const SECTORS = ["PRIVATE", "PUBLIC"] as const;
export const SIZE_BANDS = ["UNDER_10", "FROM_10_TO_49", "FROM_50_TO_149", "FROM_150_TO_249", "FROM_250"] as const;
export const EMPLOYER_STATUSES = ["ACTIVE", "PAUSED", "LEFT"] as const;

/** Swedish NNNNNN-NNNN or Norwegian NNN NNN NNN; stored in that canonical form. */
export function normaliseOrgNumber(value: string): string | null {
  const digits = value.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 10) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (digits.length === 9) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date").refine((v) => !Number.isNaN(Date.parse(v)), "validation.date");

export const employerSchema = z
  .object({
    name: text(160),
    orgNumber: z
      .string()
      .trim()
      .min(1)
      .refine((v) => normaliseOrgNumber(v) !== null, "validation.orgNumber"),
    sector: z.enum(SECTORS),
    sizeBand: z.enum(SIZE_BANDS),
    municipality: text(80),
    website: optionalText(200).pipe(z.url({ protocol: /^https?$/, error: "validation.url" }).optional()),
    about: optionalText(2000),
    memberSince: isoDate,
    status: z.enum(EMPLOYER_STATUSES),
  })
  .strict();

export type EmployerInput = z.input<typeof employerSchema>;

export const updateEmployerSchema = employerSchema.extend({ id: z.string().min(1) }).strict();
