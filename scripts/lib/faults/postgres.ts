// A throwaway PostgreSQL that can be stopped and started again with the same data and port, as a
// real server going away and coming back (a crash, a failover, a maintenance restart).
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../lib/db/embedded";
import { prepareDatabase } from "../database";

export interface RestartablePostgres {
  ownerUrl: string;
  appUrl: string;
  /** A fast shutdown (SIGINT): open sessions are terminated, as when a server goes down. */
  stop(): Promise<void>;
  start(): Promise<void>;
  isRunning(): boolean;
}

/** Migrated and with the app's role, on a free port; its data stays in `dir` across restarts. */
export async function startRestartablePostgres(dir: string): Promise<RestartablePostgres> {
  const prepared = await prepareDatabase({ dir, persistent: true });
  if (!prepared.embedded) throw new Error("the outage check needs its own embedded PostgreSQL: unset DATABASE_URL");
  let running: EmbeddedDatabase | null = prepared.embedded;
  const port = Number(new URL(prepared.ownerUrl).port);
  return {
    ownerUrl: prepared.ownerUrl,
    appUrl: prepared.appUrl,
    isRunning: () => running !== null,
    async stop() {
      await running?.stop();
      running = null;
    },
    async start() {
      if (running) return;
      running = await startEmbeddedPostgres({ dir, port, persistent: true });
      if (running.ownerUrl !== prepared.ownerUrl) throw new Error(`PostgreSQL came back on another port (${running.ownerUrl})`);
    },
  };
}
