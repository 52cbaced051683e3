import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `generate`; migrations run through scripts/db-migrate.ts
// (see docs/decisions/0002-migration-runner.md). A URL is still given so that a developer with
// internet access can use the standard `prisma migrate` commands against the same folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/kohort" },
});
