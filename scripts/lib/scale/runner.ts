// Progress lines per step (rows and seconds), the closing summary per table, and the secondary
// indexes of the large tables, dropped before the load and built once after it.
import type { Client } from "pg";

interface StepResult {
  table: string;
  rows: number;
  seconds: number;
}

const fmt = (n: number) => n.toLocaleString("en-US");

export class Progress {
  private readonly results: StepResult[] = [];
  private readonly started = performance.now();

  /** Runs one step writing `table` (or a staging table) and prints its rows and time. */
  async step(table: string, work: () => Promise<number>): Promise<number> {
    const from = performance.now();
    const rows = await work();
    const seconds = (performance.now() - from) / 1000;
    this.results.push({ table, rows, seconds });
    console.log(`  ${table.padEnd(30)} ${fmt(rows).padStart(11)} rows ${seconds.toFixed(1).padStart(7)} s`);
    return rows;
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Rows per table as counted in the database now, beside the seconds spent writing them. */
  async summary(client: Client, tables: string[]): Promise<string> {
    const counts = await client.query<{ table: string; rows: string }>(
      tables.map((t, i) => `SELECT ${i} AS i, '${t}' AS table, count(*) AS rows FROM "${t}"`).join(" UNION ALL ") + " ORDER BY i",
    );
    const seconds = (table: string) => this.results.filter((r) => r.table === table).reduce((sum, r) => sum + r.seconds, 0);
    const lines = counts.rows.map((r) => `| ${r.table} | ${fmt(Number(r.rows))} | ${seconds(r.table).toFixed(1)} |`);
    const total = counts.rows.reduce((sum, r) => sum + Number(r.rows), 0);
    return ["| table | rows | seconds |", "|---|---:|---:|", ...lines, `| **all** | **${fmt(total)}** | **${this.elapsed().toFixed(1)}** |`].join("\n");
  }
}

interface IndexDefinition {
  name: string;
  def: string;
}

/**
 * Drops the indexes of `tables` that back no constraint (primary keys stay: foreign keys need
 * them). Unique indexes go too: the seed's keys are unique by construction, and building them
 * after the load checks that once.
 */
export async function dropSecondaryIndexes(client: Client, tables: string[]): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const index of rows) await client.query(`DROP INDEX "${index.name}"`);
  return rows;
}

export async function createIndexes(client: Client, indexes: IndexDefinition[]): Promise<number> {
  for (const index of indexes) await client.query(index.def);
  return indexes.length;
}
