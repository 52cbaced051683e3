import { isoDate } from "../campaigns/schemas";
import { text, z } from "../validation";

/** Rotations seen in practice have two or three legs; six leaves room without inviting nonsense. */
export const MAX_LEGS = 6;
export const MAX_LEG_MONTHS = 24;

const id = z.string().min(1).max(40);
/** A picked employer: an empty select is "required", not "format". */
const employerId = z.string({ error: "validation.required" }).min(1, "validation.required").max(40);
/** An optional date input: empty means "not given". */
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .pipe(isoDate.optional());

const endNotBeforeStart = {
  check: (v: { startDate: string; endDate: string }) => v.endDate >= v.startDate,
  error: { message: "validation.endBeforeStart", path: ["endDate"] },
};

export const addPlacementSchema = z
  .object({ traineeId: id, employerId, startDate: isoDate, endDate: isoDate })
  .strict()
  .refine(endNotBeforeStart.check, endNotBeforeStart.error);
export type AddPlacementInput = z.input<typeof addPlacementSchema>;

export const updatePlacementSchema = z
  .object({ placementId: id, employerId, startDate: isoDate, endDate: isoDate })
  .strict()
  .refine(endNotBeforeStart.check, endNotBeforeStart.error);
export type UpdatePlacementInput = z.input<typeof updatePlacementSchema>;

export const removePlacementSchema = z.object({ placementId: id }).strict();

/** Months of one leg; empty (only allowed on the last leg) means "to the end of the cohort". */
const legMonths = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number().int().min(1).max(MAX_LEG_MONTHS).optional(),
);

/**
 * A rotation: employers in order with months each, from the cohort's start or a chosen date. One
 * employer with no months is "one employer for the whole programme".
 */
export const planRotationSchema = z
  .object({
    traineeId: id,
    startDate: optionalDate,
    legs: z.array(z.object({ employerId, months: legMonths })).min(1).max(MAX_LEGS),
  })
  .strict()
  .superRefine((v, ctx) => {
    v.legs.forEach((leg, i) => {
      if (leg.months === undefined && i < v.legs.length - 1) {
        ctx.addIssue({ code: "custom", message: "placements.rotation.monthsRequired", path: ["legs", i, "months"] });
      }
    });
  });
export type PlanRotationInput = z.input<typeof planRotationSchema>;

/** A move: the running placement ends the day before `fromDate`; a new one starts that day. */
export const moveTraineeSchema = z
  .object({ traineeId: id, employerId, fromDate: isoDate, endDate: optionalDate, reason: text(500) })
  .strict()
  .refine((v) => !v.endDate || v.endDate >= v.fromDate, { message: "validation.endBeforeStart", path: ["endDate"] });
export type MoveTraineeInput = z.input<typeof moveTraineeSchema>;
