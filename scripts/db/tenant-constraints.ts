// The composite keys that keep child rows inside their consortium are written in SQL only
// (prisma/migrations/*_tenant_keys_in_the_database, docs/decisions/0038-tenant-foreign-keys.md):
// Prisma cannot express them beside its own single-column keys. The schema engine, which knows
// only schema.prisma, therefore proposes to drop them in every diff; those statements are taken out.

/** Names of the SQL-only tenant constraints: `<Child>_<column>_tenant_fkey`, `<Parent>_consortiumId_<column>_tenant_key`. */
const TENANT_CONSTRAINT = /"[A-Za-z0-9_]+_tenant_(fkey|key)"/;

/** One statement with the comment lines Prisma writes above it. */
function statementsOf(script: string): string[] {
  return script.split(/\n(?=\n*-- )/).filter((part) => part.trim() !== "");
}

/** Is this statement Prisma dropping one of our tenant constraints? */
function dropsTenantConstraint(statement: string): boolean {
  const sql = statement.replace(/^--.*$/gm, "").trim();
  return /^(ALTER TABLE "[^"]+" DROP CONSTRAINT|DROP INDEX)\s/.test(sql) && TENANT_CONSTRAINT.test(sql) && sql.split(";").filter((s) => s.trim()).length === 1;
}

/** The diff without the drops of SQL-only tenant constraints, and how many were taken out. */
export function keepTenantConstraints(script: string): { script: string; removed: number } {
  const statements = statementsOf(script);
  const kept = statements.filter((statement) => !dropsTenantConstraint(statement));
  const removed = statements.length - kept.length;
  return { script: kept.length ? `${kept.map((s) => s.trim()).join("\n\n")}\n` : "", removed };
}
