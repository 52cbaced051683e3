// The production topology as `npm start` runs it (scripts/production/start.sh: supervisord, one
// `next start` per core, HAProxy in front), started by the benchmark the same way.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { collectOutput, stopChild } from "../child";
import { ensureDebianTools } from "../debian";
import { HAPROXY, readServerStats } from "./haproxy";

const SUPERVISORD_CONF = path.resolve("scripts/production/supervisord.conf");
const START = path.resolve("scripts/production/start.sh");
export const SUPERVISOR = { path: "/usr/bin/supervisord", pkg: "supervisor" };

/** The Node flags every server process of the topology gets: read from supervisord.conf, their one home. */
export function topologyNodeFlags(): string[] {
  const command = readFileSync(SUPERVISORD_CONF, "utf8").match(/^\[program:web\][\s\S]*?^command=node (.*)$/m)?.[1];
  if (!command) throw new Error(`no web command in ${SUPERVISORD_CONF}`);
  return command.split(/\s+/).filter((arg) => arg.startsWith("--"));
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** A port prefix (start.sh's KOHORT_WEB_PORT_PREFIX) whose ports <prefix>01 … <prefix>0n are all free. */
async function freePrefix(processes: number): Promise<string> {
  for (let prefix = 41; prefix <= 64; prefix++) {
    const ports = Array.from({ length: processes }, (_, i) => Number(`${prefix}0${i + 1}`));
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return String(prefix);
  }
  throw new Error("no free port prefix for the server processes");
}

/**
 * The programs' log files in `dir` (supervisord writes them), followed into one array of lines as
 * they grow, like the output of a single server.
 */
function followLogs(dir: string, into: string[]): () => void {
  const offsets = new Map<string, number>();
  const read = () => {
    for (const name of readdirSync(dir).filter((f) => /^kohort-.*\.log$/.test(f))) {
      const file = path.join(dir, name);
      const from = offsets.get(file) ?? 0;
      const size = existsSync(file) ? statSync(file).size : 0;
      if (size <= from) continue;
      const buffer = Buffer.alloc(size - from);
      const fd = openSync(file, "r");
      readSync(fd, buffer, 0, buffer.length, from);
      closeSync(fd);
      offsets.set(file, size);
      into.push(...buffer.toString("utf8").split("\n").filter(Boolean));
      into.splice(0, Math.max(0, into.length - 50_000));
    }
  };
  const timer = setInterval(read, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
    read();
  };
}

export interface RunningTopology {
  url: string;
  statsUrl: string;
  /** supervisord: its process tree is the whole topology but PgBouncer. */
  process: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

/**
 * `npm start`'s topology with `processes` server processes, HAProxy on `port`, everything else as
 * in production. `env` is the server processes' environment (database, secret, NEXT_DIST_DIR …).
 * Resolves once HAProxy sees every process up and /api/health answers through it.
 */
export async function startTopology(env: NodeJS.ProcessEnv, port: number, statsPort: number, runDir: string, processes: number): Promise<RunningTopology> {
  ensureDebianTools([SUPERVISOR, HAPROXY], "the production topology");
  const prefix = await freePrefix(processes);
  const child = spawn("sh", [START], {
    env: {
      ...env,
      KOHORT_PROCESSES: String(processes),
      KOHORT_WEB_PORT_PREFIX: prefix,
      KOHORT_LISTEN: `127.0.0.1:${port}`,
      KOHORT_STATS: `127.0.0.1:${statsPort}`,
      KOHORT_RUN_DIR: runDir,
      KOHORT_LOG_DIR: runDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = collectOutput(child);
  const stopFollowing = followLogs(runDir, log);
  const url = `http://127.0.0.1:${port}`;
  const statsUrl = `http://127.0.0.1:${statsPort}`;
  const stop = async () => {
    await stopChild(child);
    stopFollowing();
  };
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`the topology exited:\n${log.join("\n")}`);
    const servers = await readServerStats(statsUrl).catch(() => []);
    const up = servers.length === processes && servers.every((s) => s.status === "UP");
    if (up && (await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) return { url, statsUrl, process: child, log, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the topology did not come up within 120 s:\n${log.slice(-60).join("\n")}`);
}
