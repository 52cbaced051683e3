import { APPLICANT_EMAIL_KINDS, unknownPlaceholders, type ApplicantEmailKind } from "../applications/email-kinds";
import { parseDateTimeInput } from "../i18n/date-input";
import { locales } from "../i18n/routing";
import { text, z } from "../validation";

// Typed as text (decision 0031): "2027-03-01 23:59", or any form the field understands; the
// service reads the zone-free "2027-03-01T23:59".
const localDateTime = z
  .string()
  .transform((v) => parseDateTimeInput(v)?.replace(" ", "T") ?? v)
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation.dateTime"));
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "validation.date");

const campaignFields = {
  opensAt: localDateTime,
  closesAt: localDateTime,
  maxPreferences: z.coerce.number().int().min(1).max(10),
  talentPoolMonths: z.coerce.number().int().min(1).max(36),
  consentSv: text(2000),
  consentNb: text(2000),
  consentEn: text(2000),
};

const deadlineAfterOpening = {
  check: (v: { opensAt: string; closesAt: string }) => v.closesAt > v.opensAt,
  error: { message: "validation.deadlineBeforeOpening", path: ["closesAt"] },
};

/** A new cohort and its recruitment campaign; times are wall-clock in the consortium's zone. */
export const campaignSchema = z
  .object({
    cohortName: text(40),
    cohortStart: isoDate,
    cohortEnd: isoDate,
    programmeMonths: z.coerce.number().int().min(6).max(24),
    ...campaignFields,
  })
  .strict()
  .refine(deadlineAfterOpening.check, deadlineAfterOpening.error)
  .refine((v) => v.cohortEnd > v.cohortStart, { message: "validation.endBeforeStart", path: ["cohortEnd"] });

export type CampaignInput = z.input<typeof campaignSchema>;

export const updateCampaignSchema = z
  .object({ id: z.string().min(1), ...campaignFields })
  .strict()
  .refine(deadlineAfterOpening.check, deadlineAfterOpening.error);

export type UpdateCampaignInput = z.input<typeof updateCampaignSchema>;

/** Ends recruitment of a campaign whose deadline has passed. */
export const finishRecruitmentSchema = z.object({ campaignId: z.string().min(1).max(40) }).strict();

const campaignId = z.string().min(1).max(40);
/** A row's key as the form sends it back: empty for a new row, the stored key for an existing one. */
const rowKey = z.string().max(40).optional();
const inEachLanguage = (max: number) => z.object({ sv: text(max), nb: text(max), en: text(max) }).strict();

/** The campaign's rating criteria, in order; keys are given by the server (lib/campaigns/setup.ts). */
export const criteriaSchema = z
  .object({
    campaignId,
    rows: z.array(z.object({ key: rowKey, label: inEachLanguage(80) }).strict()).min(1).max(8),
  })
  .strict();

export type CriteriaInput = z.input<typeof criteriaSchema>;

/** The campaign's own questions on the application form, in order. */
export const questionsSchema = z
  .object({
    campaignId,
    rows: z.array(z.object({ key: rowKey, label: inEachLanguage(200), required: z.boolean() }).strict()).max(5),
  })
  .strict();

export type QuestionsInput = z.input<typeof questionsSchema>;

const wording = z.object({ subject: z.string().trim().max(200).default(""), body: z.string().trim().max(5000).default("") }).strict();
const kindNames = Object.keys(APPLICANT_EMAIL_KINDS) as ApplicantEmailKind[];


/**
 * The campaign's own wording per email kind and language. Empty subject and body mean the default
 * wording; one without the other is refused, and so is a {placeholder} the mail has no value for.
 */
export const emailTemplatesSchema = z
  .object({
    campaignId,
    templates: z.partialRecord(z.enum(kindNames), z.partialRecord(z.enum(locales), wording)),
  })
  .strict()
  .superRefine(({ templates }, issues) => {
    for (const [kind, languages] of Object.entries(templates) as [ApplicantEmailKind, Record<string, z.output<typeof wording>>][]) {
      for (const [locale, entry] of Object.entries(languages ?? {})) {
        const refuse = (field: string, message: string) => issues.addIssue({ code: "custom", message, path: ["templates", kind, locale, field] });
        if (entry.subject && !entry.body) refuse("body", "validation.subjectAndBody");
        if (entry.body && !entry.subject) refuse("subject", "validation.subjectAndBody");
        for (const field of ["subject", "body"] as const) {
          if (unknownPlaceholders(kind, entry[field]).length) refuse(field, "validation.unknownPlaceholder");
        }
      }
    }
  });

export type EmailTemplatesInput = z.input<typeof emailTemplatesSchema>;
