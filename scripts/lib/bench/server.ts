// The server under test: a production build in its own folder (NEXT_DIST_DIR) and `next start` on
// a free port, with its memory read from /proc while it runs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { collectOutput, stopChild } from "../child";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export function buildApp(env: NodeJS.ProcessEnv): void {
  console.log(`building into ${env.NEXT_DIST_DIR} …`);
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: ["ignore", "pipe", "inherit"], env: { ...env, NODE_ENV: "production" }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout.toString("utf8").split("\n").slice(-40).join("\n")}`);
}

export function assertBuilt(distDir: string): void {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run without --skip-build first`);
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** The output, kept to show when something fails. */
  log: string[];
  stop(): Promise<void>;
}

/**
 * The Node flags of a single `next start` (what `npm start` ran before it ran one process per core,
 * scripts/production/). Without them V8 lets the heap grow towards a quarter of the machine's
 * memory before collecting in earnest: a loaded server sat at 0.8–1.2 GB resident. A 384 MB old
 * generation keeps it near 500 MB; a larger young generation (32 MB semi-spaces) lets a page's
 * short-lived render garbage die young instead of filling the capped old generation, which cost
 * the p95 more than the cap saved (docs/performance.md). The production topology's own flags are in
 * scripts/production/supervisord.conf.
 */
export const SINGLE_PROCESS_NODE_FLAGS = ["--max-old-space-size=384", "--max-semi-space-size=32"];

export async function startServer(env: NodeJS.ProcessEnv, port: number, nodeFlags = SINGLE_PROCESS_NODE_FLAGS): Promise<RunningServer> {
  const child = spawn(process.execPath, [...nodeFlags, NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], { env: { ...env, NODE_ENV: "production" } });
  const log = collectOutput(child); // a bench run writes far less than it keeps
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log.join("\n")}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { url, process: child, log, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 60 s:\n${log.join("\n")}`);
}

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The processes and every descendant of each (next start may fork workers; supervisord runs the topology). */
function processTree(roots: number | number[]): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [roots].flat();
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]) ?? []));
  return tree;
}

/** What a process is, for the memory breakdown: the Node servers, haproxy, pgbouncer, supervisord … */
function kindOf(pid: number): string {
  try {
    const name = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    return /^(node|next-server)/.test(name) ? "node" : name;
  } catch {
    return "gone";
  }
}

/**
 * CPU time (user + system) used so far by the server's processes, in milliseconds; with `kind`
 * only those processes (e.g. "node": the servers, not HAProxy or supervisord).
 */
export function cpuMillis(pid: number | number[], kind?: string): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const p of processTree(pid)) {
    if (kind && kindOf(p) !== kind) continue;
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

/**
 * Samples the resident memory of the server's processes every 200 ms; `peak` is the largest sum,
 * `breakdown` what each kind of process held in that sample.
 */
export function watchMemory(pid: number | number[]) {
  let peak = 0;
  let breakdown: Record<string, number> = {};
  const sample = () => {
    const now: Record<string, number> = {};
    for (const p of processTree(pid)) {
      const kind = kindOf(p);
      now[kind] = (now[kind] ?? 0) + statusField(p, "VmRSS");
    }
    const total = Object.values(now).reduce((a, b) => a + b, 0);
    if (total > peak) [peak, breakdown] = [total, now];
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    peak: () => (sample(), peak),
    breakdown: () => breakdown,
    /** The kernel's own high-water mark of the biggest process, which no sampling can miss. */
    highWater: () => Math.max(...processTree(pid).map((p) => statusField(p, "VmHWM"))),
    stop: () => clearInterval(timer),
  };
}

/** The postmaster's pid, from its data directory when it is on this machine; 0 when unknown. */
export async function postgresPid(ownerUrl: string): Promise<number> {
  const { default: pg } = await import("pg");
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
