// Every budget row of issue 16 with its figure in each topology the run measured, and whether the
// production topology (what `npm start` runs) meets it.
import { BUDGETS, HTML_BUDGET_BYTES, NODE_CPU_BUDGET_MS, RSS_BUDGET_MIB } from "./budgets";
import type { TargetResult } from "./measure";
import type { RushResult } from "./rush";
import type { TopologyName } from "./serve";

export interface TopologyRun {
  name: TopologyName;
  description: string;
  targets: TargetResult[];
  submit: RushResult | null;
  memory: { peakRssMiB: number; highWaterMiB: number; breakdownMiB: Record<string, number> };
}

export interface BudgetRow {
  row: string;
  budget: string;
  /** The figure in each topology, by name; null where not measured. */
  figures: Partial<Record<TopologyName, string>>;
  /** Met in the topology judged (production when measured); null when not measured there. */
  met: boolean | null;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : "–");
const SIGNED_IN = (t: TargetResult) => t.name !== "career page" && t.name !== "posting page" && t.name !== "metrics JSON";

function row(runs: TopologyRun[], name: string, budget: string, measure: (run: TopologyRun) => { text: string; met: boolean } | null): BudgetRow {
  const figures: BudgetRow["figures"] = {};
  let met: boolean | null = null;
  for (const run of runs) {
    const m = measure(run);
    figures[run.name] = m?.text ?? "–";
    if (m) met = m.met; // the last run is the one judged: production when both ran
  }
  return { row: name, budget, figures, met };
}

export function budgetRows(runs: TopologyRun[]): BudgetRow[] {
  const target = (name: string) => (run: TopologyRun) => run.targets.find((t) => t.name === name);
  const p95Row = (name: string, budget: string) =>
    row(runs, name, budget, (run) => {
      const t = target(name)(run);
      if (!t) return null;
      const ratio = t.budget.ratio === undefined ? "" : ` (${t.ratio.p95.toFixed(1)}× floor)`;
      return { text: `${ms(t.paced.p95)}${ratio}`, met: t.verdict.p95Met && t.verdict.ratioMet !== false };
    });
  const dashboards = ["coordinator", "employer", "steering", "applicant", "trainee"].map((r) => `${r} dashboard`);
  return [
    p95Row("career page", `p95 ≤ ${BUDGETS.public.p95} ms`),
    p95Row("posting page", `p95 ≤ ${BUDGETS.public.p95} ms`),
    ...dashboards.map((d) => p95Row(d, `p95 ≤ ${BUDGETS.dashboard.p95} ms and ≤ ${BUDGETS.dashboard.ratio} × floor`)),
    p95Row("review table", `p95 ≤ ${BUDGETS.review.p95} ms`),
    p95Row("outcomes page", `p95 ≤ ${BUDGETS.outcomes.p95} ms`),
    p95Row("metrics JSON", `p95 ≤ ${BUDGETS.metrics.p95} ms (issue 6)`),
    row(runs, "deadline rush, 300 in 60 s", `p95 ≤ ${BUDGETS.submit.p95} ms, none lost or doubled`, (run) =>
      run.submit ? { text: `${ms(run.submit.summary.p95)}, ${run.submit.checksPassed ? "each stored once" : "LOST OR DOUBLED"}`, met: run.submit.summary.p95 <= BUDGETS.submit.p95 && run.submit.checksPassed } : null,
    ),
    row(runs, "Node CPU per signed-in page (worst)", `≤ ${NODE_CPU_BUDGET_MS} ms`, (run) => {
      const worst = run.targets.filter(SIGNED_IN).sort((a, b) => b.cpuPerRequest.node - a.cpuPerRequest.node)[0];
      return worst ? { text: `${worst.cpuPerRequest.node.toFixed(1)} ms (${worst.name})`, met: worst.cpuPerRequest.node <= NODE_CPU_BUDGET_MS } : null;
    }),
    row(runs, "memory, all processes together", `≤ ${RSS_BUDGET_MIB} MiB`, (run) => ({ text: `${run.memory.peakRssMiB.toFixed(0)} MiB`, met: run.memory.peakRssMiB <= RSS_BUDGET_MIB })),
    row(runs, "HTML per signed-in page (largest)", `≤ ${HTML_BUDGET_BYTES / 1000} kB on the demo data`, (run) => {
      const worst = run.targets.filter(SIGNED_IN).sort((a, b) => b.htmlBytes - a.htmlBytes)[0];
      return worst ? { text: `${(worst.htmlBytes / 1000).toFixed(1)} kB (${worst.name})`, met: worst.htmlBytes <= HTML_BUDGET_BYTES } : null;
    }),
  ];
}

export function printBudgets(runs: TopologyRun[]): BudgetRow[] {
  const rows = budgetRows(runs);
  const judged = runs.at(-1)?.name ?? "production";
  console.log(`\n== Budgets (issue 16), judged on ${judged}`);
  const names = runs.map((r) => r.name);
  console.log(`${"".padEnd(38)}${"budget".padEnd(44)}${names.map((n) => n.padEnd(34)).join("")}verdict`);
  for (const r of rows) {
    const verdict = r.met === null ? "not measured" : r.met ? "met" : "NOT MET";
    console.log(`${r.row.padEnd(38)}${r.budget.padEnd(44)}${names.map((n) => (r.figures[n] ?? "–").padEnd(34)).join("")}${verdict}`);
  }
  console.log("   Lighthouse (outcome page: total blocking time ≤ 200 ms, DOM ≤ 1,500 elements) is measured apart, not by this benchmark.");
  return rows;
}
