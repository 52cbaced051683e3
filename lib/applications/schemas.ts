import { fileUpload, optionalText, text, z } from "../validation";
import { EDUCATION_LEVELS } from "../postings/schemas";
import { normaliseVideoUrl } from "./video";

export const REGION_TIES = ["GREW_UP", "STUDIED", "PARTNER_FAMILY", "NONE"] as const;
export const HEARD_FROM = ["SOCIAL_MEDIA", "CAREER_FAIR", "UNIVERSITY", "FRIEND", "EMPLOYER", "SEARCH", "OTHER"] as const;
/** UNDISCLOSED is "prefer not to say", the default. */
export const GENDERS = ["UNDISCLOSED", "WOMAN", "MAN", "OTHER"] as const;

export const CV_MAX_BYTES = 5 * 1024 * 1024;
export const COVER_LETTER_MAX = 6000;
/** A request that reaches us this long after the deadline still counts: it was sent in time. */
export const SUBMIT_GRACE_MS = 60_000;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The video link, stored as the provider's embeddable URL; errors are message keys. */
export const videoUrl = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .transform((value, ctx) => {
    const video = normaliseVideoUrl(value);
    if (typeof video === "string") {
      ctx.addIssue({ code: "custom", message: `validation.${video}` });
      return z.NEVER;
    }
    return video.embedUrl;
  });

/** Everything the form holds; every field is checked for size even in a draft. */
const formFields = {
  firstName: text(80),
  lastName: text(80),
  phone: optionalText(40).pipe(z.string().regex(/^\+?[0-9 ()-]{5,}$/, "validation.phone").optional()),
  educationLevel: z.enum(EDUCATION_LEVELS),
  field: text(80),
  university: text(120),
  graduationYear: z.coerce.number().int().min(1970).max(new Date().getUTCFullYear() + 3),
  ties: z.array(z.enum(REGION_TIES)).max(REGION_TIES.length).default([]),
  livesInRegion: z.boolean().default(false),
  heardFrom: z.preprocess(blankToUndefined, z.enum(HEARD_FROM).optional()),
  gender: z.preprocess(blankToUndefined, z.enum(GENDERS).default("UNDISCLOSED")),
  genderDescription: optionalText(60),
  coverLetter: text(COVER_LETTER_MAX),
  videoUrl,
  videoConfirmed: z.literal(true, { error: "validation.videoConfirm" }),
  /** Posting ids in order of preference; blanks (unused choices) are dropped. */
  preferences: z
    .array(z.string().max(40))
    .max(10)
    .transform((ids) => ids.filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .min(1, "validation.preferenceRequired")
        .refine((ids) => new Set(ids).size === ids.length, "validation.preferenceTwice"),
    ),
  extraAnswers: z.record(z.string().max(40), z.string().trim().max(2000)).default({}),
  processingConsent: z.literal(true, { error: "validation.consentRequired" }),
  talentPoolConsent: z.boolean().default(false),
};

export const applicationSchema = z.object({ campaignId: z.string().min(1).max(40), ...formFields }).strict();
export type ApplicationInput = z.input<typeof applicationSchema>;
export type ApplicationValues = z.output<typeof applicationSchema>;

/**
 * A draft holds whatever has been typed so far: nothing is required, but nothing is unbounded
 * either. Unknown keys are dropped, so a draft cannot grow into a store for anything.
 */
export const draftDataSchema = z
  .object({
    firstName: z.string().max(200),
    lastName: z.string().max(200),
    phone: z.string().max(100),
    educationLevel: z.string().max(20),
    field: z.string().max(200),
    university: z.string().max(300),
    graduationYear: z.union([z.string().max(10), z.number()]),
    ties: z.array(z.string().max(20)).max(10),
    livesInRegion: z.boolean(),
    heardFrom: z.string().max(20),
    gender: z.string().max(20),
    genderDescription: z.string().max(200),
    coverLetter: z.string().max(COVER_LETTER_MAX + 2000),
    videoUrl: z.string().max(1000),
    videoConfirmed: z.boolean(),
    preferences: z.array(z.string().max(40)).max(10),
    extraAnswers: z.record(z.string().max(40), z.string().max(4000)),
    processingConsent: z.boolean(),
    talentPoolConsent: z.boolean(),
  })
  .partial();
export type DraftData = z.output<typeof draftDataSchema>;

export const saveDraftSchema = z.object({ campaignId: z.string().min(1).max(40), data: draftDataSchema }).strict();
export const campaignRefSchema = z.object({ campaignId: z.string().min(1).max(40) }).strict();

export const cvUploadSchema = fileUpload("campaignId", CV_MAX_BYTES, "validation.cvTooLarge");
