// The server under test: a production build in its own folder (NEXT_DIST_DIR) and `next start` on
// a free port, with its memory read from /proc while it runs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

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
 * The flags `npm start` gives Node in production (package.json). Without them V8 lets the heap grow
 * towards a quarter of the machine's memory before collecting in earnest: a loaded server sat at
 * 0.8–1.2 GB resident. A 384 MB old generation keeps it near 500 MB; a larger young generation
 * (32 MB semi-spaces) lets a page's short-lived render garbage die young instead of filling the
 * capped old generation, which cost the p95 more than the cap saved (docs/performance.md).
 */
export const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=384", "--max-semi-space-size=32"];

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], { env: { ...env, NODE_ENV: "production" } });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    log.splice(0, Math.max(0, log.length - 50_000)); // a bench run writes far less
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
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

/** The process and every descendant (next start may fork workers). */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]) ?? []));
  return tree;
}

/** CPU time (user + system) used so far by the server's processes, in milliseconds. */
export function cpuMillis(pid: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** Samples the resident memory of the server's processes every 200 ms; `peak` is the largest sum. */
export function watchMemory(pid: number) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, processTree(pid).reduce((sum, p) => sum + statusField(p, "VmRSS"), 0));
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    peak: () => (sample(), peak),
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
