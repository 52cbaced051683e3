// What serves the pages in a benchmark run: one `next start` (what `npm start` ran before issue 16)
// or the production topology (`npm start` now: supervisord, one process per core, HAProxy) with
// PgBouncer in transaction mode in front of the database.
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { freePort } from "../../../lib/db/embedded";
import { throwawayServerEnv, type PreparedDatabase } from "../database";
import { startPgBouncer } from "../production/pgbouncer";
import { startTopology } from "../production/topology";
import { startServer } from "./server";

export type TopologyName = "one process" | "production";

export interface Serving {
  name: TopologyName;
  /** What it is, for the report. */
  description: string;
  url: string;
  /** Roots of every process that serves: their trees are measured (memory, CPU). */
  pids: number[];
  /** The servers' output, for the rush's report and for errors. */
  log: string[];
  /** The environment the servers run with (the rush reads STORAGE_DIR). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

function serverEnv(db: PreparedDatabase, appUrl: string, work: string, distDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...throwawayServerEnv(db, appUrl, work), NEXT_DIST_DIR: distDir };
  delete env.S3_BUCKET; // the rush's CVs are files in the run's own folder
  return env;
}

export async function serveOneProcess(db: PreparedDatabase, work: string, distDir: string): Promise<Serving> {
  const port = await freePort(3200);
  const env = serverEnv(db, `http://127.0.0.1:${port}`, work, distDir);
  const server = await startServer(env, port);
  return {
    name: "one process",
    description: `one next start (--max-old-space-size=384) straight on PostgreSQL`,
    url: server.url,
    pids: [server.process.pid!],
    log: server.log,
    env,
    stop: server.stop,
  };
}

export async function serveProduction(db: PreparedDatabase, work: string, distDir: string, processes = availableParallelism()): Promise<Serving> {
  const dir = path.join(work, "production");
  mkdirSync(dir, { recursive: true });
  const bouncer = await startPgBouncer(db.ownerUrl, [db.ownerUrl, db.appUrl]);
  const port = await freePort(3210);
  const env = { ...serverEnv(db, `http://127.0.0.1:${port}`, work, distDir), DATABASE_URL: bouncer.via(db.ownerUrl), DATABASE_APP_URL: bouncer.via(db.appUrl) };
  try {
    const topology = await startTopology(env, port, await freePort(3219), dir, processes);
    return {
      name: "production",
      description: `npm start: ${processes} × next start behind HAProxy (supervisord), PgBouncer in transaction mode`,
      url: topology.url,
      pids: [topology.process.pid!, bouncer.process.pid!],
      log: topology.log,
      env,
      stop: async () => {
        await topology.stop();
        await bouncer.stop();
      },
    };
  } catch (error) {
    await bouncer.stop();
    throw error;
  }
}
