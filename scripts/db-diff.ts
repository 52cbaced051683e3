// Creates the next migration offline (like `prisma migrate dev --create-only`): the native schema
// engine the CLI needs cannot be downloaded here, so the Wasm engine diffs the migrations folder,
// replayed on a temporary shadow database, against prisma/schema.prisma. Never touches the main
// database beyond creating and dropping that shadow database.
// Usage: DATABASE_URL=postgres://owner@host:port/db npx tsx scripts/db-diff.ts <migration_name>
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createSchemaEngine } from "./db/schema-engine";
import { migrationSlug, readMigrations, writeMigration } from "./db/migrations-dir";
import { keepTenantConstraints } from "./db/tenant-constraints";

const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const MIGRATIONS_DIR = path.resolve("prisma/migrations");
// diff reports exit code 2 when (and only when) `exitCode` is requested and the diff is non-empty.
const DIFF_NOT_EMPTY = 2;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const slug = migrationSlug(process.argv[2] ?? "");
  if (!url || !slug) {
    console.error("Usage: DATABASE_URL=postgres://owner@host:port/db npx tsx scripts/db-diff.ts <migration_name>");
    process.exit(1);
  }

  const schema = await readFile(SCHEMA_PATH, "utf8");
  const { engine, close } = await createSchemaEngine(url, [[SCHEMA_PATH, schema]]);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrations(MIGRATIONS_DIR)) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // The SQL-only tenant keys are not in schema.prisma; the engine would drop them every time.
    const { script } = keepTenantConstraints(result.exitCode === DIFF_NOT_EMPTY ? (result.stdout ?? "") : "");
    if (!script.trim()) {
      console.log("no changes");
      return;
    }
    const name = await writeMigration(MIGRATIONS_DIR, slug, script);
    console.log(`wrote prisma/migrations/${name}/migration.sql`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
