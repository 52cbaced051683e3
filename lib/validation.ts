import { z } from "zod";

// Zod issues carry message keys (messages: validation.<key>), translated where they are shown, so
// the same schema serves the browser (zodResolver) and the server action.
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "too_small":
        return issue.origin === "string" && issue.minimum === 1 ? "validation.required" : "validation.tooSmall";
      case "too_big":
        return "validation.tooBig";
      case "invalid_format":
        return issue.format === "email" ? "validation.email" : "validation.format";
      case "invalid_value":
        return "validation.choice";
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "validation.required" : "validation.format";
      default:
        return "validation.format";
    }
  },
});

export { z };

/** Trimmed text; empty strings count as missing. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? undefined : v))
    .optional();
export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

/**
 * A file upload with an object id beside it: multipart form data from the browser (the server
 * action receives FormData), or a plain object from tests. Too large → `tooLargeKey`.
 */
export function fileUpload<K extends string>(idField: K, maxBytes: number, tooLargeKey: string) {
  return z.preprocess(
    (raw) => (raw instanceof FormData ? { [idField]: raw.get(idField), file: raw.get("file") } : raw),
    z.object({
      [idField]: z.string().min(1).max(40),
      file: z
        .instanceof(File, { error: "validation.required" })
        .refine((f) => f.size > 0, "validation.required")
        .refine((f) => f.size <= maxBytes, tooLargeKey),
    } as { [P in K]: z.ZodString } & { file: z.ZodType<File> }),
  );
}
