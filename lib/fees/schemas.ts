import { isoDate } from "../campaigns/schemas";
import { locales } from "../i18n/routing";
import { optionalText, text, z } from "../validation";
import { MAX_AMOUNT_MINOR, MAX_TURNOVER_MINOR, readMoney } from "./money";
import { MAX_YEAR, MIN_YEAR } from "./period";
import { FEE_KINDS, isTierKind } from "./tiers";

// Amounts arrive as the person typed them ("12 500,50") with the form's locale beside them, are
// checked here (so the browser shows the same message the server would) and leave as minor units.

const id = z.string().min(1).max(40);
const locale = z.enum(locales);
const moneyText = z.string().trim().min(1).max(40);
const optionalString = z.string().trim().max(40).optional();
const MAX_EMPLOYEES = 10_000_000n;

/** Reads a typed figure: the value, or the message key of what is wrong with it. */
type Reader = (raw: string, loc: (typeof locales)[number]) => bigint | string;

/** Minor units within [0, max], or the message key of what is wrong. */
const money = (max: bigint): Reader => (raw, loc) => {
  const read = readMoney(raw, loc);
  if (!read.ok) return read.reason === "negative" ? "invoices.validation.negative" : "invoices.validation.amount";
  return read.minor > max ? "validation.tooBig" : read.minor;
};

const count: Reader = (raw) => {
  const digits = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (/^[-\u2212]\d+$/.test(digits)) return "invoices.validation.negative";
  if (!/^\d+$/.test(digits)) return "invoices.validation.count";
  return BigInt(digits) > MAX_EMPLOYEES ? "validation.tooBig" : BigInt(digits);
};

/** Reads each field; a string result is a message key for that field. */
function readAll<K extends string>(ctx: z.RefinementCtx, fields: Partial<Record<K, bigint | string>>) {
  for (const [path, value] of Object.entries(fields)) {
    if (typeof value === "string") ctx.addIssue({ code: "custom", path: [path], message: value });
  }
}

const ruleFields = {
  kind: z.enum(FEE_KINDS),
  amount: moneyText,
  minThreshold: optionalString,
  maxThreshold: optionalString,
  employerId: optionalString,
  description: optionalText(200),
  validFrom: isoDate,
  validUntil: z.string().trim().optional(),
  locale,
};

type RuleRaw = z.output<z.ZodObject<typeof ruleFields>>;

function readThresholds(v: RuleRaw) {
  if (!isTierKind(v.kind)) return { minThreshold: null, maxThreshold: null };
  const read = v.kind === "MEMBERSHIP_TIER_EMPLOYEES" ? count : money(MAX_TURNOVER_MINOR);
  return {
    minThreshold: v.minThreshold ? read(v.minThreshold, v.locale) : 0n,
    maxThreshold: v.maxThreshold ? read(v.maxThreshold, v.locale) : null,
  };
}

function checkRule(v: RuleRaw, ctx: z.RefinementCtx) {
  const { minThreshold, maxThreshold } = readThresholds(v);
  readAll(ctx, { amount: money(MAX_AMOUNT_MINOR)(v.amount, v.locale), minThreshold: minThreshold ?? undefined, maxThreshold: maxThreshold ?? undefined });
  if (typeof minThreshold === "bigint" && typeof maxThreshold === "bigint" && maxThreshold <= minThreshold) {
    ctx.addIssue({ code: "custom", path: ["maxThreshold"], message: "invoices.validation.thresholdOrder" });
  }
  if (v.employerId && v.kind !== "ONE_OFF") ctx.addIssue({ code: "custom", path: ["employerId"], message: "invoices.validation.employerOneOff" });
  if (v.kind === "ONE_OFF" && !v.description) ctx.addIssue({ code: "custom", path: ["description"], message: "validation.required" });
  if (v.validUntil && !isoDate.safeParse(v.validUntil).success) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "validation.date" });
  else if (v.validUntil && v.validUntil < v.validFrom) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "validation.endBeforeStart" });
}

/** The checked rule in stored units; only called once checkRule found nothing wrong. */
function toRule(v: RuleRaw) {
  const { minThreshold, maxThreshold } = readThresholds(v);
  return {
    kind: v.kind,
    amountMinor: Number(money(MAX_AMOUNT_MINOR)(v.amount, v.locale) as bigint),
    minThreshold: minThreshold as bigint | null,
    maxThreshold: maxThreshold as bigint | null,
    employerId: v.kind === "ONE_OFF" && v.employerId ? v.employerId : null,
    description: v.description ?? null,
    validFrom: v.validFrom,
    validUntil: v.validUntil || null,
  };
}

export const feeRuleSchema = z.object(ruleFields).strict().superRefine(checkRule).transform(toRule);
export type FeeRuleInput = z.input<typeof feeRuleSchema>;
export type FeeRuleValues = z.output<typeof feeRuleSchema>;

export const updateFeeRuleSchema = z
  .object({ ...ruleFields, id })
  .strict()
  .superRefine(checkRule)
  .transform((v) => ({ ...toRule(v), id: v.id }));
export type UpdateFeeRuleInput = z.input<typeof updateFeeRuleSchema>;

export const ruleIdSchema = z.object({ id }).strict();

export const generateSchema = z.object({ year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR) }).strict();
export type GenerateInput = z.input<typeof generateSchema>;

export const adjustLineSchema = z
  .object({ id, amount: moneyText, reason: text(500), locale })
  .strict()
  .superRefine((v, ctx) => readAll(ctx, { amount: money(MAX_AMOUNT_MINOR)(v.amount, v.locale) }))
  .transform((v) => ({ id: v.id, reason: v.reason, amountMinor: Number(money(MAX_AMOUNT_MINOR)(v.amount, v.locale) as bigint) }));
export type AdjustLineInput = z.input<typeof adjustLineSchema>;

/**
 * Lines ticked one by one (or "all but a few"): up to 5 000 ids (about 140 kB, well inside the
 * server actions' body limit); "select all" goes by the page's filter instead (markAllLinesSchema).
 */
export const lineIdsSchema = z.object({ ids: z.array(id).min(1).max(5_000) }).strict();

/** Every line the page's filter shows, however many; `expected` is how many it showed. */
export const markAllLinesSchema = z
  .object({
    year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR),
    employerId: id.optional(),
    status: z.enum(["DRAFT", "INVOICED", "PAID"]).optional(),
    to: z.enum(["INVOICED", "PAID"]),
    expected: z.number().int().min(1).max(10_000_000),
  })
  .strict();
export type MarkAllLinesInput = z.input<typeof markAllLinesSchema>;

/** What tiers are chosen by: employee count and yearly turnover; empty means unknown. */
export const feeBasisSchema = z
  .object({ employerId: id, employeeCount: optionalString, turnover: optionalString, locale })
  .strict()
  .superRefine((v, ctx) =>
    readAll(ctx, {
      employeeCount: v.employeeCount ? count(v.employeeCount, v.locale) : undefined,
      turnover: v.turnover ? money(MAX_TURNOVER_MINOR)(v.turnover, v.locale) : undefined,
    }),
  )
  .transform((v) => ({
    employerId: v.employerId,
    employeeCount: v.employeeCount ? Number(count(v.employeeCount, v.locale) as bigint) : null,
    turnoverMinor: v.turnover ? (money(MAX_TURNOVER_MINOR)(v.turnover, v.locale) as bigint) : null,
  }));
export type FeeBasisInput = z.input<typeof feeBasisSchema>;
export type FeeBasisValues = z.output<typeof feeBasisSchema>;
