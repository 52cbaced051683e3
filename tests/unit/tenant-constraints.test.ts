import { describe, expect, it } from "vitest";
import { keepTenantConstraints } from "../../scripts/db/tenant-constraints";

// What the schema engine writes when schema.prisma changes while the SQL-only tenant keys exist.
const DIFF = `-- DropForeignKey
ALTER TABLE "Placement" DROP CONSTRAINT "Placement_employerId_tenant_fkey";

-- DropForeignKey
ALTER TABLE "Placement" DROP CONSTRAINT "Placement_employerId_fkey";

-- DropIndex
DROP INDEX "Employer_consortiumId_id_tenant_key";

-- AlterTable
ALTER TABLE "Employer" ADD COLUMN     "website" TEXT;
`;

describe("db:diff keeps the SQL-only tenant keys", () => {
  it("takes out the drops of *_tenant_fkey and *_tenant_key and keeps every other statement", () => {
    const { script, removed } = keepTenantConstraints(DIFF);
    expect(removed).toBe(2);
    expect(script).not.toContain("_tenant_");
    expect(script).toContain(`DROP CONSTRAINT "Placement_employerId_fkey"`);
    expect(script).toContain(`ADD COLUMN     "website" TEXT`);
  });

  it("leaves nothing when the drops were all there was", () => {
    const onlyDrops = DIFF.split("-- AlterTable")[0].replace(/-- DropForeignKey\nALTER TABLE "Placement" DROP CONSTRAINT "Placement_employerId_fkey";\n\n/, "");
    expect(keepTenantConstraints(onlyDrops)).toEqual({ script: "", removed: 2 });
  });
});
