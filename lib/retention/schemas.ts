import { z } from "../validation";
import { RETENTION_MONTHS } from "./rules";

/** The consortium's retention period, in whole months. */
export const retentionSchema = z
  .object({
    retentionMonths: z.coerce
      .number()
      .int("validation.retentionMonths")
      .min(RETENTION_MONTHS.min, "validation.retentionMonths")
      .max(RETENTION_MONTHS.max, "validation.retentionMonths"),
  })
  .strict();

export type RetentionInput = z.input<typeof retentionSchema>;
