// One target, measured on its own: a warm-up, then 20 users who read each answer and think before
// asking again (the pass the budgets judge), then 20 users who ask without pause (the server's
// capacity), the server's memory sampled throughout, and the SQL floor of the same data.
import { judge, type Verdict } from "./budgets";
import type { BenchConsortium } from "./fixtures";
import { timeFloor, type FloorFigures } from "./floor";
import { driveUsers, type Client, type LoadOptions } from "./http";
import { cpuMillis, watchMemory } from "./server";
import type { StatementCounter } from "./statements";
import { summarise, type Sample, type Summary } from "./stats";
import type { BenchTarget } from "./targets";

export interface LoadPlan {
  users: number;
  pacedSeconds: number;
  saturationSeconds: number;
  warmUpSeconds: number;
  thinkMs: [number, number];
  floorRuns: number;
}

export interface TargetResult {
  name: string;
  paced: Summary;
  saturation: Summary;
  floor: FloorFigures;
  /** Page p95 ÷ floor p95 and page p50 ÷ floor p50, on the paced pass. */
  ratio: { p95: number; p50: number };
  budget: BenchTarget["budget"];
  verdict: Verdict;
  peakRssBytes: number;
  /** CPU time per request in the saturation pass (user + system): the Node servers' and PostgreSQL's; null when PostgreSQL is elsewhere. */
  cpuPerRequest: { node: number; postgres: number | null };
  /** Mean size of the page's answer in bytes (uncompressed), over the paced pass. */
  htmlBytes: number;
  /** SQL statements PostgreSQL ran per request in the paced pass; null when not counted. */
  statements: number | null;
  /** Statuses and what a failed answer looked like, to tell a redirect from an error page. */
  failures: string[];
}

function failuresOf(samples: Sample[], firstWrongPage: string | null): string[] {
  const kinds = new Map<string, number>();
  for (const s of samples) {
    const kind = `${s.label}: status ${s.status}${s.note ? ` (${s.note})` : ""}`;
    if (s.ok === false) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const lines = [...kinds].map(([kind, n]) => `${n}× ${kind}`);
  return firstWrongPage ? [...lines, `first 200 without the page's marker: ${firstWrongPage}`] : lines;
}

/** What is being measured besides the pages: the processes, PostgreSQL and its statement count. */
export interface MeasureContext {
  /** The roots of the serving processes: one `next start`, or the topology's supervisord and PgBouncer. */
  pids: number[];
  postgresPid: number;
  appDbUrl: string;
  statements: StatementCounter | null;
  /** Floors already measured, by target: the same data whatever serves the pages. */
  floors: Map<string, FloorFigures>;
}

export async function measureTarget(client: Client, target: BenchTarget, consortia: BenchConsortium[], plan: LoadPlan, server: MeasureContext): Promise<TargetResult> {
  let firstWrongPage: string | null = null;
  const load = (label: string, seconds: number, thinkMs?: [number, number]): LoadOptions => ({
    label,
    users: plan.users,
    seconds,
    thinkMs,
    request: (user, n) => {
      const wanted = target.request(consortia[user % consortia.length], n * plan.users + user);
      const check = wanted.check;
      return {
        ...wanted,
        check: (response) => {
          const ok = check(response);
          if (!ok) firstWrongPage ??= response.body.match(/<title>([^<]*)/)?.[1] ?? response.body.replace(/\s+/g, " ").slice(0, 160);
          return ok;
        },
      };
    },
  });
  await driveUsers(client, load("warm-up", plan.warmUpSeconds));
  const memory = watchMemory(server.pids);
  const timed = async (options: LoadOptions) => {
    const started = performance.now();
    const samples = await driveUsers(client, options);
    return { samples, summary: summarise(target.name, samples, (performance.now() - started) / 1000) };
  };
  const statementsBefore = await server.statements?.total();
  const paced = await timed(load("paced", plan.pacedSeconds, plan.thinkMs));
  const statementsAfter = await server.statements?.total();
  const statements = statementsBefore === undefined || statementsAfter === undefined ? null : (statementsAfter - statementsBefore) / paced.samples.length;
  const pages = paced.samples.filter((s) => s.ok);
  const htmlBytes = pages.reduce((sum, s) => sum + (s.bytes ?? 0), 0) / Math.max(1, pages.length);
  const cpuBefore = { node: cpuMillis(server.pids, "node"), postgres: server.postgresPid ? cpuMillis(server.postgresPid) : 0 };
  const saturation = await timed(load("saturation", plan.saturationSeconds));
  const requests = saturation.samples.length;
  const cpuPerRequest = {
    node: (cpuMillis(server.pids, "node") - cpuBefore.node) / requests,
    postgres: server.postgresPid ? (cpuMillis(server.postgresPid) - cpuBefore.postgres) / requests : null,
  };
  const peakRssBytes = memory.peak();
  memory.stop();
  const floor = server.floors.get(target.name) ?? (await timeFloor(server.appDbUrl, consortia, target.role, target.floor, plan.floorRuns));
  server.floors.set(target.name, floor);
  const ratio = { p95: paced.summary.p95 / floor.p95, p50: paced.summary.p50 / floor.p50 };
  return {
    name: target.name,
    paced: paced.summary,
    saturation: saturation.summary,
    floor,
    ratio,
    budget: target.budget,
    verdict: judge(target.budget, paced.summary.p95, ratio.p95),
    peakRssBytes,
    cpuPerRequest,
    htmlBytes,
    statements,
    failures: failuresOf([...paced.samples, ...saturation.samples], firstWrongPage),
  };
}
