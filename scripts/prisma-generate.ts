// `prisma generate` offline: the CLI insists on a schema-engine binary path before it starts, but
// generate never runs it, so any existing file will do (../shared/TOOLCHAIN.md).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const placeholder = path.join(tmpdir(), "kohort-no-schema-engine");
writeFileSync(placeholder, "");
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
