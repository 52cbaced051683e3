// The outcome dashboards' half of the benchmark: ten years of cohorts (dashboards-data.ts), then
// the time of the report itself — `loadOutcomeReport` in its tenant transaction, as the dashboard
// page and the exports call it, over all ten years and for one cohort — and of
// GET /api/c/{slug}/metrics with an API token, over HTTP against the running server.
// Target (issue 5): p95 ≤ 150 ms server time.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createClient } from "./http";
import { createDashboardData } from "./dashboards-data";
import { cpuMillis } from "./server";
import { printTable, summarise, type Sample } from "./stats";

const WARM_UP = 20;

/** CPU time used so far by whoever does the work: PostgreSQL (all its processes) and Node. */
type CpuClock = () => { pg: number; node: number };

async function timeRuns(label: string, runs: number, once: () => Promise<boolean>, cpu: CpuClock, cpuUsed: string[]): Promise<Sample[]> {
  for (let i = 0; i < WARM_UP; i++) await once();
  const samples: Sample[] = [];
  const before = cpu();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const ok = await once();
    samples.push({ label, ms: performance.now() - started, status: ok ? 200 : 500, ok });
  }
  const after = cpu();
  const per = (a: number, b: number) => ((b - a) / runs).toFixed(1);
  cpuUsed.push(`${label}: PostgreSQL ${per(before.pg, after.pg)} ms + Node ${per(before.node, after.node)} ms`);
  return samples;
}

/** The postmaster's pid, from its data directory (the bench's own embedded PostgreSQL); 0 if unknown. */
async function postgresPid(ownerUrl: string): Promise<number> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  try {
    const { rows } = await db.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'data_directory'`);
    return Number(readFileSync(path.join(rows[0].setting, "postmaster.pid"), "utf8").split("\n")[0]) || 0;
  } catch {
    return 0;
  } finally {
    await db.end();
  }
}

function printCpu(cpuUsed: string[]) {
  console.log("   CPU time per run (user + system; what the latency would be on an idle machine, give or take the socket work):");
  for (const line of cpuUsed) console.log(`     ${line}`);
}

export interface DashboardOptions {
  ownerUrl: string;
  appDbUrl: string;
  /** The running server, for the HTTP figure; null to time the report alone. */
  appUrl: string | null;
  serverPid: number | null;
  runs: number;
}

export async function runDashboards(options: DashboardOptions): Promise<void> {
  console.log("\n== Outcome dashboards: 10 yearly cohorts (2015–2024), 40 employers, 400 applicants and 25 trainees a year, every campaign live");
  const started = performance.now();
  const data = await createDashboardData(options.ownerUrl);
  const rows = Object.entries(data.rows).map(([table, n]) => `${table} ${n}`).join(", ");
  console.log(`   written in ${((performance.now() - started) / 1000).toFixed(1)} s: ${rows}`);

  // The app's own modules, on the app's own role (row-level security on), as the server runs them.
  process.env.DATABASE_URL = options.ownerUrl;
  process.env.DATABASE_APP_URL = options.appDbUrl;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-42";
  const { withTenant } = await import("../../../lib/db/tenant");
  const { loadOutcomeReport } = await import("../../../lib/metrics/report");
  const { appDb } = await import("../../../lib/db/client");

  const report = (filter: Parameters<typeof loadOutcomeReport>[2]) => () =>
    withTenant(data.consortiumId, null, (tx) => loadOutcomeReport(tx, data.consortiumId, filter)).then((r) => r.cohorts.length > 0);
  const all = await withTenant(data.consortiumId, null, (tx) => loadOutcomeReport(tx, data.consortiumId, {}));
  console.log(`   check: ${all.cohorts.length} cohorts, ${all.total.funnel.applicants} applicants, ${all.total.funnel.hired} hired, ${all.members.years.length} member years`);

  const pgPid = await postgresPid(options.ownerUrl);
  const inProcess: CpuClock = () => {
    const usage = process.cpuUsage();
    return { pg: pgPid ? cpuMillis(pgPid) : 0, node: (usage.user + usage.system) / 1000 };
  };
  console.log(`\n-- loadOutcomeReport in its tenant transaction, in process, one at a time (${options.runs} runs after ${WARM_UP} warm-up)`);
  const cpuUsed: string[] = [];
  const samples = [
    ...(await timeRuns("all 10 years", options.runs, report({}), inProcess, cpuUsed)),
    ...(await timeRuns("one cohort", options.runs, report({ cohortId: data.cohort.id }), inProcess, cpuUsed)),
  ];
  printTable(byLabel(samples));
  printCpu(cpuUsed);
  await appDb().$disconnect();

  if (!options.appUrl) return;
  const serverPid = options.serverPid;
  const inServer: CpuClock = () => ({ pg: pgPid ? cpuMillis(pgPid) : 0, node: serverPid ? cpuMillis(serverPid) : 0 });
  const httpCpu: string[] = [];
  console.log(`\n-- GET /api/c/${data.slug}/metrics over HTTP with an API token (${options.runs} requests each after ${WARM_UP} warm-up)`);
  const client = createClient(options.appUrl, { maxSockets: 1 });
  const authorization = `Bearer ${data.token}`;
  const get = (query: string) => async () => {
    const answer = await client.request("GET", `/api/c/${data.slug}/metrics${query}`, { headers: { authorization } });
    return answer.status === 200;
  };
  try {
    const http = [
      ...(await timeRuns("API all years", options.runs, get(""), inServer, httpCpu)),
      ...(await timeRuns("API one cohort", options.runs, get(`?cohort=${encodeURIComponent(data.cohort.name)}`), inServer, httpCpu)),
    ];
    printTable(byLabel(http));
    printCpu(httpCpu);
    console.log("   Over HTTP: the route resolves the token (and records its last use once a minute), runs the report, masks and serialises it.");
  } finally {
    client.close();
  }
}

/** One at a time, so the rate is over the time spent measuring. */
function byLabel(samples: Sample[]) {
  return [...new Set(samples.map((s) => s.label))].map((label) => {
    const mine = samples.filter((s) => s.label === label);
    return summarise(label, mine, mine.reduce((sum, s) => sum + s.ms, 0) / 1000);
  });
}
