// PgBouncer from Debian, run by a script with the production file (scripts/production/pgbouncer.ini)
// and only its addresses, files and user list replaced: the pool mode, sizes and timeouts a check
// or the benchmark runs with are those of production.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { freePort } from "../../../lib/db/embedded";
import { collectOutput, stopChild } from "../child";
import { ensureDebianTools } from "../debian";

export const PGBOUNCER_INI = path.resolve("scripts/production/pgbouncer.ini");
export const PGBOUNCER = { path: "/usr/sbin/pgbouncer", pkg: "pgbouncer" };

export interface RunningPgBouncer {
  port: number;
  process: ChildProcess;
  /** `url` (a PostgreSQL URL) with PgBouncer's address in place of the server's. */
  via(url: string): string;
  /** The last lines of its log. */
  logTail(lines: number): string;
  stop(): Promise<void>;
}

/**
 * The production ini with `[section] key` values replaced, keys it lacks added to their section.
 * `{ databases: { "*": "host=…" } }` replaces the wildcard database line.
 */
export function rewriteIni(ini: string, overrides: Record<string, Record<string, string>>): string {
  const pending = Object.fromEntries(Object.entries(overrides).map(([s, kv]) => [s, new Map(Object.entries(kv))]));
  const out: string[] = [];
  let section = "";
  const flush = () => {
    for (const [key, value] of pending[section] ?? []) out.push(`${key} = ${value}`);
    pending[section]?.clear();
  };
  for (const line of ini.split("\n")) {
    const header = line.match(/^\[(\w+)\]\s*$/);
    if (header) {
      flush();
      section = header[1];
      out.push(line);
      continue;
    }
    const key = line.match(/^\s*([^;=\s][^=]*?)\s*=/)?.[1];
    const wanted = key === undefined ? undefined : pending[section]?.get(key);
    if (key !== undefined && wanted !== undefined) {
      out.push(`${key} = ${wanted}`);
      pending[section].delete(key);
    } else out.push(line);
  }
  flush();
  return out.join("\n");
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Starts PgBouncer in front of the PostgreSQL of `serverUrl`, for the roles of `urls` (their
 * passwords go into its user list), with its files in a folder of its own that is removed when it
 * stops. Installs Debian's package first when missing.
 */
export async function startPgBouncer(serverUrl: string, urls: string[]): Promise<RunningPgBouncer> {
  ensureDebianTools([PGBOUNCER], "PgBouncer in transaction mode");
  // Directly under the temporary folder, whose every parent the postgres user may enter.
  const dir = mkdtempSync(path.join(tmpdir(), "kohort-pgbouncer-"));
  const server = new URL(serverUrl);
  const port = await freePort(6432);
  const users = [...new Map(urls.map((u) => new URL(u)).map((u) => [decodeURIComponent(u.username), decodeURIComponent(u.password)]))];
  writeFileSync(path.join(dir, "userlist.txt"), users.map(([name, password]) => `${quoted(name)} ${quoted(password)}`).join("\n") + "\n");
  const ini = rewriteIni(readFileSync(PGBOUNCER_INI, "utf8"), {
    databases: { "*": `host=${server.hostname} port=${server.port}` },
    pgbouncer: {
      listen_port: String(port),
      unix_socket_dir: "",
      logfile: path.join(dir, "pgbouncer.log"),
      pidfile: path.join(dir, "pgbouncer.pid"),
      auth_file: path.join(dir, "userlist.txt"),
    },
  });
  const iniFile = path.join(dir, "pgbouncer.ini");
  writeFileSync(iniFile, ini);
  // PgBouncer refuses to run as root; Debian runs it as postgres, which must read and write here.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(dir, 0o777);
  const child = spawn(PGBOUNCER.path, [...(asRoot ? ["-u", "postgres"] : []), iniFile], { stdio: ["ignore", "pipe", "pipe"] });
  const output = collectOutput(child);
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (child.exitCode !== null) break;
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) {
      const via = (url: string) => {
        const u = new URL(url);
        u.hostname = "127.0.0.1";
        u.port = String(port);
        return u.toString();
      };
      const logTail = (lines: number) => readLog(dir).split("\n").slice(-lines).join("\n");
      return { port, process: child, via, logTail, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`PgBouncer did not start:\n${output.join("\n")}\n${readLog(dir)}`);
}

function readLog(dir: string): string {
  try {
    return readFileSync(path.join(dir, "pgbouncer.log"), "utf8");
  } catch {
    return "";
  }
}
