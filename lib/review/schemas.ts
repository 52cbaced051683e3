import { z } from "../validation";

/** Stages a coordinator may move applications to by hand; offers and hires have their own steps. */
export const MOVABLE_STAGES = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "REJECTED"] as const;
export const REVIEW_STAGES = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"] as const;
export const TIES = ["GREW_UP", "STUDIED", "PARTNER_FAMILY", "NONE"] as const;
export const PAGE_SIZE = 50;

export const moveStageSchema = z
  .object({
    applicationIds: z.array(z.string().min(1)).min(1).max(200),
    stage: z.enum(MOVABLE_STAGES),
  })
  .strict();

export type MoveStageInput = z.input<typeof moveStageSchema>;

/** The applicant emails a coordinator may send to many at once (lib/applications/email-kinds.ts). */
export const BULK_EMAIL_KINDS = ["update", "shortlisted", "notSelected", "moreInfo"] as const;
export type BulkEmailKind = (typeof BULK_EMAIL_KINDS)[number];

export const sendBulkEmailSchema = z
  .object({
    applicationIds: z.array(z.string().min(1)).min(1).max(500),
    kind: z.enum(BULK_EMAIL_KINDS),
  })
  .strict();

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
  q?: string;
  anonymised: boolean;
  page: number;
}

const pick = <T extends string>(allowed: readonly T[], value?: string) => allowed.find((a) => a === value);

const whole = (value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
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
    q: text(query.q),
    anonymised: query.anon === "1",
    page: Math.max(1, Math.min(1000, Number.parseInt(query.page ?? "1", 10) || 1)),
  };
}

/** The query's filters without page and view: what a link to another view of the same list keeps. */
export function filterQuery(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== "page" && e[0] !== "view"));
}
