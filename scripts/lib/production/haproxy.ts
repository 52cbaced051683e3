// HAProxy from Debian with the production file (scripts/production/haproxy.cfg), which takes its
// addresses from the environment: a script starts it in front of the server processes it runs.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../../lib/db/embedded";
import { collectOutput, stopChild } from "../child";
import { ensureDebianTools } from "../debian";

export const HAPROXY_CFG = path.resolve("scripts/production/haproxy.cfg");
export const HAPROXY = { path: "/usr/sbin/haproxy", pkg: "haproxy" };
/** haproxy.cfg has this many server slots. */
export const HAPROXY_SLOTS = 8;

/** The environment haproxy.cfg reads: where to listen, the servers ("127.0.0.1:3101" …), the stats page. */
export function haproxyEnv(listen: string, servers: string[], stats: string): Record<string, string> {
  if (!servers.length || servers.length > HAPROXY_SLOTS) throw new Error(`haproxy.cfg takes 1 to ${HAPROXY_SLOTS} servers, not ${servers.length}`);
  return { KOHORT_LISTEN: listen, KOHORT_STATS: stats, ...Object.fromEntries(servers.map((s, i) => [`KOHORT_WEB_${i + 1}`, s])) };
}

export interface ServerStats {
  name: string;
  /** Requests HAProxy has sent to it so far. */
  requests: number;
  status: string;
}

/** The backend's servers from the stats page (CSV: `stot` is the streams, one per HTTP request). */
export async function readServerStats(statsUrl: string): Promise<ServerStats[]> {
  const csv = await (await fetch(`${statsUrl}/stats;csv`)).text();
  const [head, ...rows] = csv.split("\n").filter(Boolean);
  const columns = head.replace(/^# /, "").split(",");
  const at = (name: string) => columns.indexOf(name);
  return rows
    .map((r) => r.split(","))
    .filter((r) => r[at("pxname")] === "web" && /^web\d+$/.test(r[at("svname")]))
    .map((r) => ({ name: r[at("svname")], requests: Number(r[at("stot")]), status: r[at("status")] }));
}

export interface RunningHaproxy {
  url: string;
  statsUrl: string;
  process: ChildProcess;
  stats(): Promise<ServerStats[]>;
  stop(): Promise<void>;
}

/** Starts HAProxy on `port` in front of `servers` and waits until it sees every one of them up. */
export async function startHaproxy(servers: string[], port: number): Promise<RunningHaproxy> {
  ensureDebianTools([HAPROXY], "HAProxy in front of the server processes");
  const statsPort = await freePort(3319);
  const statsUrl = `http://127.0.0.1:${statsPort}`;
  const env = { ...process.env, ...haproxyEnv(`127.0.0.1:${port}`, servers, `127.0.0.1:${statsPort}`) };
  const child = spawn(HAPROXY.path, ["-db", "-f", HAPROXY_CFG], { env, stdio: ["ignore", "pipe", "pipe"] });
  const output = collectOutput(child);
  const stop = () => stopChild(child);
  const stats = () => readServerStats(statsUrl);
  for (let waited = 0; waited < 15_000; waited += 200) {
    if (child.exitCode !== null) break;
    const seen = await stats().catch(() => []);
    if (seen.length === servers.length && seen.every((s) => s.status === "UP")) return { url: `http://127.0.0.1:${port}`, statsUrl, process: child, stats, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`HAProxy did not come up with ${servers.length} servers:\n${output.join("\n")}`);
}
