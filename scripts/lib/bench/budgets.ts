// The budgets of issue 6 ("Scale, speed and faults, proven"), judged on the paced pass (20
// concurrent users with think time) on the scale data; the benchmark prints whether each is met,
// it does not fail on a miss.

export interface Budget {
  /** Which line of the issue it comes from. */
  name: string;
  /** Page p95 in ms. */
  p95: number;
  /** Page p95 ÷ SQL-floor p95, where the issue sets one (the dashboards). */
  ratio?: number;
}

export const BUDGETS = {
  dashboard: { name: "dashboard", p95: 100, ratio: 3 },
  review: { name: "review table", p95: 100 },
  steering: { name: "steering metrics, 10 years", p95: 150 },
  steeringDashboard: { name: "steering metrics, 10 years (a dashboard)", p95: 150, ratio: 3 },
  public: { name: "career site", p95: 30 },
  submit: { name: "application submit", p95: 1000 },
} satisfies Record<string, Budget>;

/** Resident memory of all server processes under load. */
export const RSS_BUDGET_MIB = 600;

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
