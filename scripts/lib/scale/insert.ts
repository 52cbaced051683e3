// Writing rows built in memory: one INSERT … SELECT FROM jsonb_populate_recordset per chunk, which
// lets PostgreSQL parse enums, arrays, dates and JSON columns from one JSON parameter.
import type { Client } from "pg";

/** A row keyed by column name; dates as ISO strings or Date, bigints as strings. */
export type Row = Record<string, unknown>;

const CHUNK = 5_000;

export async function insertRows(client: Client, table: string, rows: Row[]): Promise<number> {
  if (!rows.length) return 0;
  const columns = Object.keys(rows[0])
    .map((c) => `"${c}"`)
    .join(", ");
  for (let i = 0; i < rows.length; i += CHUNK) {
    await client.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [
      JSON.stringify(rows.slice(i, i + CHUNK)),
    ]);
  }
  return rows.length;
}

/** Runs a statement and returns the rows it wrote. */
export async function execute(client: Client, sql: string, params: unknown[] = []): Promise<number> {
  const result = await client.query(sql, params);
  return result.rowCount ?? 0;
}
