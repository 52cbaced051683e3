// The budgets of issue 16 ("Signed-in pages near the database floor, served by every core"), judged
// on the paced pass (20 concurrent users with think time) on the scale data; the benchmark prints
// whether each is met, it does not fail on a miss.

export interface Budget {
  /** Which line of the issue it comes from. */
  name: string;
  /** Page p95 in ms. */
  p95: number;
  /** Page p95 ÷ SQL-floor p95, where the issue sets one (the dashboards). */
  ratio?: number;
}

export const BUDGETS = {
  dashboard: { name: "every role's dashboard", p95: 100, ratio: 3 },
  review: { name: "review table (filtered, page 2+)", p95: 120 },
  outcomes: { name: "outcome page, 10 years", p95: 150 },
  /** Issue 6's, kept: the read-only API over ten years. */
  metrics: { name: "metrics JSON, 10 years", p95: 150 },
  public: { name: "career page / posting page", p95: 20 },
  submit: { name: "deadline rush, 300 in 60 s", p95: 500 },
} satisfies Record<string, Budget>;

/** Resident memory of all processes together under load (servers, HAProxy, PgBouncer, supervisord). */
export const RSS_BUDGET_MIB = 600;
/** Node CPU per signed-in page (saturation pass, all server processes). */
export const NODE_CPU_BUDGET_MS = 12;
/** Every signed-in page's HTML (the issue judges it on the demo data: `npm run bench -- --demo`). */
export const HTML_BUDGET_BYTES = 40_000;

export interface Verdict {
  p95Met: boolean;
  ratioMet: boolean | null;
}

export function judge(budget: Budget, p95: number, ratio: number | null): Verdict {
  return {
    p95Met: Number.isFinite(p95) && p95 <= budget.p95,
    ratioMet: budget.ratio === undefined || ratio === null ? null : ratio <= budget.ratio,
  };
}
