import { unknownPlaceholders } from "../applications/email-kinds";
import { optionalText, text, z } from "../validation";

/** Stages a coordinator may move applications to by hand; offers and hires have their own steps. */
export const MOVABLE_STAGES = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "REJECTED"] as const;
export const REVIEW_STAGES = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"] as const;
/** Stages in which an application still waits for judgement: ratings matter here. */
export const OPEN_STAGES = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW"] as const;
export const TIES = ["GREW_UP", "STUDIED", "PARTNER_FAMILY", "NONE"] as const;
export const PAGE_SIZE = 50;
/** More than any campaign gets; "all matching", the board and previous/next stop here. */
export const MATCH_LIMIT = 5000;

/**
 * Which applications a bulk step is for: the ticked rows, or "all N matching" the table's filter.
 * The filter travels as the page's own query and is run again on the server; `count` is the
 * number the coordinator confirmed, so a list that changed meanwhile is refused, not half-moved.
 */
export const selectionShape = {
  applicationIds: z.array(z.string().min(1).max(40)).min(1).max(500).optional(),
  match: z
    .object({
      query: z.record(z.string().max(40), z.string().max(200)).refine((q) => Object.keys(q).length <= 20, "validation.tooBig"),
      count: z.number().int().min(1).max(MATCH_LIMIT),
    })
    .strict()
    .optional(),
};

export const hasOneSelection = (v: { applicationIds?: string[]; match?: unknown }) => Boolean(v.applicationIds) !== Boolean(v.match);


export const moveStageSchema = z
  .object({
    ...selectionShape,
    stage: z.enum(MOVABLE_STAGES),
  })
  .strict()
  .refine(hasOneSelection, { message: "validation.selection", path: ["applicationIds"] });

export type MoveStageInput = z.input<typeof moveStageSchema>;

/** The applicant emails a coordinator may send to many at once (lib/applications/email-kinds.ts). */
export const BULK_EMAIL_KINDS = ["update", "shortlisted", "notSelected", "moreInfo"] as const;
export type BulkEmailKind = (typeof BULK_EMAIL_KINDS)[number];

const mailDraft = z.object({ subject: text(200), body: text(5000) }).strict();

/** The kind of mail and who gets it: what the composer asks the server to start from. */
export const prepareMailSchema = z
  .object({ ...selectionShape, kind: z.enum(BULK_EMAIL_KINDS) })
  .strict()
  .refine(hasOneSelection, { message: "validation.selection", path: ["applicationIds"] });

/**
 * A mail the coordinator wrote from the kind's template: subject and body per recipient language
 * (only {placeholders} the kind has values for), and for "more information needed" what is needed.
 */
export const sendBulkEmailSchema = z
  .object({
    ...selectionShape,
    kind: z.enum(BULK_EMAIL_KINDS),
    drafts: z.partialRecord(z.enum(["sv", "nb", "en"]), mailDraft),
    details: optionalText(1000),
  })
  .strict()
  .refine(hasOneSelection, { message: "validation.selection", path: ["applicationIds"] })
  .refine((v) => v.kind !== "moreInfo" || Boolean(v.details), { message: "validation.moreInfoDetails", path: ["details"] })
  .superRefine((v, issues) => {
    for (const [locale, draft] of Object.entries(v.drafts)) {
      for (const field of ["subject", "body"] as const) {
        if (draft && unknownPlaceholders(v.kind, draft[field]).length) {
          issues.addIssue({ code: "custom", message: "validation.unknownPlaceholder", path: ["drafts", locale, field] });
        }
      }
    }
  });

export type SendBulkEmailInput = z.input<typeof sendBulkEmailSchema>;

/** Cards shown per board column; the rest are a link to the table. */
export const BOARD_COLUMN_CAP = 50;

export interface ReviewFilters {
  campaignId?: string;
  stage?: (typeof REVIEW_STAGES)[number];
  field?: string;
  educationLevel?: "BACHELOR" | "MASTER" | "PHD";
  tie?: (typeof TIES)[number];
  /** With `rank`: ranked a posting of this employer as choice ≤ rank (any rank without it). */
  employerId?: string;
  /** Ranked the matching posting as choice ≤ rank (1 = first choice). */
  rank?: number;
  /** Minimum average rating, 1–5. */
  minRating?: number;
  /** Ranked this posting (any rank). */
  postingId?: string;
  /** Sent after this instant (the inbox's "new since my last visit"). */
  since?: Date;
  /** Still open (submitted … interview) and rated by nobody yet. */
  unrated?: boolean;
  /** Invited to interview but no slot booked. */
  unbooked?: boolean;
  q?: string;
  anonymised: boolean;
  page: number;
}

const pick = <T extends string>(allowed: readonly T[], value?: string) => allowed.find((a) => a === value);

const whole = (value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

const instant = (value?: string) => {
  const date = value && value.length <= 40 ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** Query string → filters; anything unknown is ignored rather than failing the page. */
export function parseReviewFilters(query: Record<string, string | undefined>): ReviewFilters {
  const text = (v?: string) => (v && v.trim() && v.length <= 100 ? v.trim() : undefined);
  return {
    campaignId: text(query.campaign),
    stage: pick(REVIEW_STAGES, query.stage),
    field: text(query.field),
    educationLevel: pick(["BACHELOR", "MASTER", "PHD"] as const, query.education),
    tie: pick(TIES, query.tie),
    employerId: text(query.employer),
    rank: whole(query.rank, 1, 10),
    minRating: whole(query.rating, 1, 5),
    postingId: text(query.posting),
    since: instant(query.since),
    unrated: query.unrated === "1" || undefined,
    unbooked: query.unbooked === "1" || undefined,
    q: text(query.q),
    anonymised: query.anon === "1",
    page: Math.max(1, Math.min(1000, Number.parseInt(query.page ?? "1", 10) || 1)),
  };
}

/** The query's filters without page and view: what a link to another view of the same list keeps. */
export function filterQuery(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== "page" && e[0] !== "view"));
}
