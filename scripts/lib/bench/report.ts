// The benchmark's table (one line per target, each figure beside its budget) and its JSON file.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import type { LoadPlan, TargetResult } from "./measure";
import type { RushResult } from "./rush";
import type { BudgetRow, TopologyRun } from "./verdicts";

/** Right-aligned in `width`, and always one space from its left neighbour even when it is wider. */
const pad = (value: string | number, width: number) => ` ${String(value)}`.padStart(width);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)}×` : "–");
const met = (ok: boolean | null) => (ok === null ? "" : ok ? "met" : "MISSED");
export const mibOf = (bytes: number) => bytes / 1024 / 1024;

export function printTargets(results: TargetResult[], plan: LoadPlan, topology: string): void {
  console.log(
    `\n== Results, ${topology}: ${plan.users} users per target; paced pass ${plan.pacedSeconds} s with ${plan.thinkMs[0] / 1000}–${plan.thinkMs[1] / 1000} s think time ` +
      `(budgets judged here), saturation ${plan.saturationSeconds} s without; floor = hand-written SQL through pg, ${plan.floorRuns} runs one at a time`,
  );
  console.log(
    `${"".padEnd(21)}${pad("p50", 7)}${pad("p95", 7)}${pad("p99", 7)}${pad("req/s", 7)}${pad("err", 5)}${pad("5xx", 5)} │${pad("sat r/s", 8)}${pad("p50", 7)}${pad("p95", 7)}${pad("err", 5)}` +
      ` │${pad("floor50", 8)}${pad("95", 6)} │${pad("ratio95", 8)}${pad("50", 6)} │ budget p95      │ ratio ≤ 3 │${pad("RSS MiB", 8)}${pad("HTML kB", 8)}${pad("SQL/req", 8)}`,
  );
  for (const r of results) {
    const p = r.paced;
    const s = r.saturation;
    const budget = `≤ ${r.budget.p95} ${met(r.verdict.p95Met)}`.padEnd(15);
    const ratio = r.budget.ratio === undefined ? "".padEnd(9) : met(r.verdict.ratioMet).padEnd(9);
    console.log(
      `${r.name.padEnd(21)}${pad(ms(p.p50), 7)}${pad(ms(p.p95), 7)}${pad(ms(p.p99), 7)}${pad(p.perSecond.toFixed(1), 7)}${pad(p.errors, 5)}${pad(p.serverErrors, 5)} │` +
        `${pad(s.perSecond.toFixed(0), 8)}${pad(ms(s.p50), 7)}${pad(ms(s.p95), 7)}${pad(s.errors, 5)} │${pad(ms(r.floor.p50), 8)}${pad(ms(r.floor.p95), 6)} │` +
        `${pad(times(r.ratio.p95), 8)}${pad(times(r.ratio.p50), 6)} │ ${budget} │ ${ratio} │${pad(mibOf(r.peakRssBytes).toFixed(0), 8)}` +
        `${pad((r.htmlBytes / 1000).toFixed(1), 8)}${pad(r.statements === null ? "–" : r.statements.toFixed(1), 8)}`,
    );
    for (const failure of r.failures) console.log(`${"".padEnd(21)}↳ ${failure}`);
  }
  console.log("   times in ms; err = answers that were not the page (any status but 200, or no marker); 5xx includes refused connections;");
  console.log("   HTML kB = the answer's size uncompressed; SQL/req = statements PostgreSQL ran per request (pg_stat_statements, BEGIN/COMMIT included)");
  console.log("\n   Where the time goes: CPU per request under saturation (app server, PostgreSQL), and the floor's heaviest statements");
  for (const r of results) {
    const pg = r.cpuPerRequest.postgres === null ? "–" : ms(r.cpuPerRequest.postgres);
    console.log(`   ${r.name.padEnd(21)} node ${ms(r.cpuPerRequest.node)} ms, postgres ${pg} ms`);
    for (const h of r.floor.heaviest) console.log(`   ${"".padEnd(21)}  ${ms(h.meanMs)} ms (${(h.share * 100).toFixed(0)}%) ${h.sql}`);
  }
}

export function printRush(rush: RushResult): void {
  const s = rush.summary;
  console.log(
    `\napplication submit   p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)} ms, ${s.requests} POSTs, ${s.errors} errors, ${s.serverErrors} 5xx; ` +
      `budget p95 ≤ ${rush.budget.p95} ${met(s.p95 <= rush.budget.p95)}; stored exactly once: ${rush.checksPassed ? "yes" : "NO"}`,
  );
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  load: number[];
}

export function machine(): Machine {
  return { cores: availableParallelism(), cpu: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), load: loadavg() };
}

function gitCommit(): { commit: string; dirty: boolean } {
  const log = spawnSync("git", ["log", "-1", "--format=%H"], { encoding: "utf8" });
  const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" });
  return { commit: log.stdout?.trim() || "unknown", dirty: Boolean(status.stdout?.trim()) };
}

export interface BenchReport {
  mode: "scale" | "demo";
  startedAt: string;
  plan: LoadPlan;
  consortia: string[];
  before: Machine;
  after: Machine;
  /** One per topology measured, in order. */
  runs: TopologyRun[];
  budgets: BudgetRow[];
}

/** Writes bench-results/<timestamp>.json and, when asked, a copy to `extra`; returns the paths. */
export function writeReport(report: BenchReport, extra?: string): string[] {
  const body = JSON.stringify({ ...report, git: gitCommit(), finishedAt: new Date().toISOString() }, null, 2);
  const file = path.join("bench-results", `${report.startedAt.replace(/:/g, "-")}.json`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(file, body);
  if (extra) {
    mkdirSync(path.dirname(path.resolve(extra)), { recursive: true });
    writeFileSync(extra, body);
  }
  return extra ? [file, extra] : [file];
}
