// SQL statements per page: PostgreSQL's own count (pg_stat_statements, every statement the server
// ran, BEGIN/COMMIT and set_config included) before and after a pass, divided by its requests.
// Counted at the server, so the figure is the same behind PgBouncer and needs no hook in the app.
// The server must load the module at start (shared_preload_libraries): the benchmark's embedded
// databases do (scripts/lib/scale-database.ts); elsewhere the figure is left out.
import pg from "pg";

export interface StatementCounter {
  /** Statements run so far by the app's roles in this database. */
  total(): Promise<number>;
  close(): Promise<void>;
}

export async function statementCounter(ownerUrl: string, appUrl: string): Promise<StatementCounter | null> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  // An idle connection the server drops must not end the benchmark; the next count reconnects.
  db.on("error", () => undefined);
  try {
    await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await db.query("SELECT 1 FROM pg_stat_statements LIMIT 1");
  } catch (error) {
    console.log(`   SQL statements per page: not counted (${error instanceof Error ? error.message : error})`);
    await db.end();
    return null;
  }
  // The app connects as its own role and, for the mail worker and the jobs, as the owner. The
  // owner's background work during a pass (a mail poll every 3 s per process) adds a few hundredths
  // of a statement per page; the counting query itself is left out.
  const roles = [...new Set([ownerUrl, appUrl].map((u) => decodeURIComponent(new URL(u).username)))];
  return {
    total: async () => {
      const { rows } = await db.query<{ n: string }>(
        `SELECT coalesce(sum(s.calls), 0) AS n FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
          WHERE r.rolname = ANY($1) AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND s.query NOT LIKE '%pg_stat_statements%'`,
        [roles],
      );
      return Number(rows[0].n);
    },
    close: () => db.end(),
  };
}
