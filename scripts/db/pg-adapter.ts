import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// The schema engine reads catalog columns of Postgres' internal one-byte "char" type (OID 18,
// e.g. pg_constraint.contype) and insists on getting them as characters; adapter-pg 7.10 rejects
// the type as unsupported. Its values arrive from pg as one-character strings.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResults = pg.QueryResult | pg.QueryResult[];
type Internals = SqlQueryable & { performIO?: (query: SqlQuery) => Promise<QueryResults> };

// adapter-pg has no hook for column types. Its internal `performIO` (which every query passes
// through) gets wrapped to present such columns as text, so the adapter accepts them, and
// `queryRaw` to then report them as characters. The query object links the two calls, which
// may interleave with other queries. Fails loudly if a new adapter-pg renames the internal.
function mapCharColumns(queryable: SqlQueryable): void {
  const target = queryable as Internals;
  const performIO = target.performIO?.bind(queryable);
  if (!performIO) {
    throw new Error("@prisma/adapter-pg internals changed: performIO not found; re-check scripts/db/pg-adapter.ts");
  }
  const charColumns = new WeakMap<SqlQuery, number[]>();
  target.performIO = async (query) => {
    const results = await performIO(query);
    for (const result of [results].flat()) {
      const fields = result.fields ?? [];
      const indexes = fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
      for (const index of indexes) fields[index].dataTypeID = PG_TEXT_OID;
      if (indexes.length > 0) charColumns.set(query, indexes);
    }
    return results;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const own = { ...query };
    const resultSet = await queryRaw(own);
    for (const index of charColumns.get(own) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

// adapter-pg splits scripts on every ";", which breaks migrations holding function bodies or
// string literals with semicolons. A parameterless query goes over Postgres' simple protocol,
// which runs the whole script at once, as the native schema engine does.
function patchAdapter(adapter: SqlDriverAdapter): void {
  mapCharColumns(adapter);
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel?: IsolationLevel) => {
    const tx = await startTransaction(isolationLevel);
    mapCharColumns(tx);
    return tx;
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

// A migration-aware factory over adapter-pg for the schema engine. The shadow database is handled
// here rather than by PrismaPg.connectToShadowDb, which (7.10) connects with the original
// connection string, whose database name wins over the shadow one, so the engine would reset the
// main database; and which drops the shadow database while its own pool still holds connections.
export class MigrationPgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly adapters: SqlDriverAdapter[] = [];

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPg(this.url).connect();
    return this.track(adapter, adapter.dispose.bind(adapter));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await this.onMainDatabase(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    const adapter = await new PrismaPg(withDatabase(this.url, database)).connect();
    const closePool = adapter.dispose.bind(adapter);
    return this.track(adapter, async () => {
      await closePool();
      // FORCE: a backend of the just-closed pool may not have exited yet.
      await this.onMainDatabase(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    });
  }

  /**
   * Disposes every adapter handed out and waits for disposals already under way. The engine does
   * not always dispose what it opened (e.g. when a command fails), and it ignores the outcome of
   * the disposals it starts: open pools would keep Node running, and shadow databases pile up.
   */
  async closeAll(): Promise<void> {
    await Promise.all(this.adapters.map((adapter) => adapter.dispose()));
  }

  // Disposal runs once, however often it is asked for, so closeAll can wait on the engine's.
  private track(adapter: SqlDriverAdapter, release: () => Promise<void>): SqlDriverAdapter {
    let released: Promise<void> | undefined;
    patchAdapter(adapter);
    adapter.dispose = () => (released ??= release());
    this.adapters.push(adapter);
    return adapter;
  }

  private async onMainDatabase(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
