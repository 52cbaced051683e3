import { fileUpload, optionalText, z } from "../validation";
import { EDUCATION_LEVELS } from "../postings/schemas";
import { listDetailsDraftFields, listDetailsFields } from "../applicant-lists/schemas";
import { normaliseVideoUrl } from "./video";
import { VIDEO_SOURCES, VIDEO_SUMMARY_MAX, videoChoiceProblems } from "./video-choice";

export const REGION_TIES = ["GREW_UP", "STUDIED", "PARTNER_FAMILY", "NONE"] as const;
export const HEARD_FROM = ["SOCIAL_MEDIA", "CAREER_FAIR", "UNIVERSITY", "FRIEND", "EMPLOYER", "SEARCH", "OTHER"] as const;
/** UNDISCLOSED is "prefer not to say", the default. */
export const GENDERS = ["UNDISCLOSED", "WOMAN", "MAN", "OTHER"] as const;

export const CV_MAX_BYTES = 5 * 1024 * 1024;
export const COVER_LETTER_MAX = 6000;
export const EXTRA_ANSWER_MAX = 2000;
/**
 * A draft keeps an over-long letter as typed (up to this much), so a large paste is saved and
 * answered with "N characters too many", not refused as if the server could not be reached.
 */
export const DRAFT_TEXT_MAX = 60_000;
/** A request that reaches us this long after the deadline still counts: it was sent in time. */
export const SUBMIT_GRACE_MS = 60_000;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The video link, kept as the applicant pasted it (what they see when they edit) once it is known
 * to point at one video on an allowed host; pages embed it through normaliseVideoUrl. It may be
 * empty here: it is required only when the applicant chose a link over recording in the page
 * (videoChoiceProblems, lib/applications/video-choice.ts).
 */
export const videoUrl = z
  .string()
  .trim()
  .max(500, "validation.videoTooLong")
  .superRefine((value, ctx) => {
    const video = value ? normaliseVideoUrl(value) : null;
    if (typeof video === "string") ctx.addIssue({ code: "custom", message: `validation.${video}` });
  })
  .default("");

/** Required text whose messages say what to write. */
const named = (max: number, requiredKey: string) => z.string().trim().min(1, requiredKey).max(max, "validation.tooLong");

/** Four digits, from 1970 to three years ahead; the form holds it as text. */
const graduationYear = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{4}$/, "validation.graduationYear"))
  .transform(Number)
  .pipe(z.number().int().min(1970, "validation.graduationYearRange").max(new Date().getUTCFullYear() + 3, "validation.graduationYearRange"));

/** Everything the form holds; every field is checked for size even in a draft. */
const formFields = {
  firstName: named(80, "validation.firstName"),
  lastName: named(80, "validation.lastName"),
  phone: optionalText(40).pipe(z.string().regex(/^\+?[0-9 ()-]{5,}$/, "validation.phone").optional()),
  educationLevel: z.enum(EDUCATION_LEVELS, { error: "validation.educationLevel" }),
  field: named(80, "validation.field"),
  university: named(120, "validation.university"),
  graduationYear,
  ties: z.array(z.enum(REGION_TIES)).max(REGION_TIES.length).default([]),
  livesInRegion: z.boolean().default(false),
  heardFrom: z.preprocess(blankToUndefined, z.enum(HEARD_FROM).optional()),
  gender: z.preprocess(blankToUndefined, z.enum(GENDERS).default("UNDISCLOSED")),
  genderDescription: optionalText(60),
  coverLetter: z.string().trim().min(1, "validation.coverLetter").max(COVER_LETTER_MAX, "validation.coverLetterTooLong"),
  /** "link" (as before recording existed, so a client that sends only a link works as it did) or "recording". */
  videoSource: z.enum(VIDEO_SOURCES).default("link"),
  videoUrl,
  videoConfirmed: z.boolean().default(false),
  /** The applicant's short written summary of what they say: the video's text alternative. */
  videoSummary: optionalText(VIDEO_SUMMARY_MAX),
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
  extraAnswers: z.record(z.string().max(40), z.string().trim().max(EXTRA_ANSWER_MAX, "validation.answerTooLong")).default({}),
  processingConsent: z.literal(true, { error: "validation.consentRequired" }),
  talentPoolConsent: z.boolean().default(false),
  // Asked when a ranked posting gets a Norwegian public applicant list (lib/applicant-lists).
  ...listDetailsFields,
};

export const applicationSchema = z.object({ campaignId: z.string().min(1).max(40), ...formFields }).strict();
export type ApplicationInput = z.input<typeof applicationSchema>;
export type ApplicationValues = z.output<typeof applicationSchema>;

/**
 * The same form as the browser checks it, in one pass: the server's schema plus what the server
 * checks against stored data — the CV uploaded beside the form, and the campaign's required
 * questions — so that nothing turns up only in a second round.
 */
export function applicationFormSchema(requiredQuestions: string[]) {
  return applicationSchema
    .omit({ campaignId: true })
    .extend({
      cv: z.object({ name: z.string(), size: z.number() }).nullable().refine((cv) => cv !== null, "validation.cvRequired"),
      /** The recorded take stored beside the form (uploaded on its own), like the CV. */
      video: z.object({ size: z.number(), durationMs: z.number() }).nullable().default(null),
      extraAnswers: formFields.extraAnswers.superRefine((answers, ctx) => {
        for (const key of requiredQuestions) {
          if (!answers[key]?.trim()) ctx.addIssue({ code: "custom", path: [key], message: "validation.answerRequired" });
        }
      }),
    })
    .superRefine(
      (value, ctx) => {
        for (const [field, message] of Object.entries(videoChoiceProblems(value, Boolean(value.video)))) {
          ctx.addIssue({ code: "custom", path: [field], message });
        }
      },
      // In the same pass as every other field's problem, not only once the rest is right.
      { when: () => true },
    );
}

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
    coverLetter: z.string().max(DRAFT_TEXT_MAX, "validation.draftTooLong"),
    videoSource: z.string().max(20),
    videoUrl: z.string().max(1000),
    videoConfirmed: z.boolean(),
    videoSummary: z.string().max(DRAFT_TEXT_MAX, "validation.draftTooLong"),
    preferences: z.array(z.string().max(40)).max(10),
    extraAnswers: z.record(z.string().max(40), z.string().max(DRAFT_TEXT_MAX, "validation.draftTooLong")),
    processingConsent: z.boolean(),
    talentPoolConsent: z.boolean(),
    ...listDetailsDraftFields,
  })
  .partial();
export type DraftData = z.output<typeof draftDataSchema>;

export const saveDraftSchema = z.object({ campaignId: z.string().min(1).max(40), data: draftDataSchema }).strict();
export const campaignRefSchema = z.object({ campaignId: z.string().min(1).max(40) }).strict();
/** Withdrawing; `eraseVideo` deletes the recorded take at once, when the applicant chooses so. */
export const withdrawSchema = campaignRefSchema.extend({ eraseVideo: z.boolean().default(false) });

export const cvUploadSchema = fileUpload("campaignId", CV_MAX_BYTES, "validation.cvTooLarge");
