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

export interface ReviewFilters {
  campaignId?: string;
  stage?: (typeof REVIEW_STAGES)[number];
  field?: string;
  educationLevel?: "BACHELOR" | "MASTER" | "PHD";
  tie?: (typeof TIES)[number];
  q?: string;
  anonymised: boolean;
  page: number;
}

const pick = <T extends string>(allowed: readonly T[], value?: string) => allowed.find((a) => a === value);

/** Query string → filters; anything unknown is ignored rather than failing the page. */
export function parseReviewFilters(query: Record<string, string | undefined>): ReviewFilters {
  const text = (v?: string) => (v && v.trim() && v.length <= 100 ? v.trim() : undefined);
  return {
    campaignId: text(query.campaign),
    stage: pick(REVIEW_STAGES, query.stage),
    field: text(query.field),
    educationLevel: pick(["BACHELOR", "MASTER", "PHD"] as const, query.education),
    tie: pick(TIES, query.tie),
    q: text(query.q),
    anonymised: query.anon === "1",
    page: Math.max(1, Math.min(1000, Number.parseInt(query.page ?? "1", 10) || 1)),
  };
}
