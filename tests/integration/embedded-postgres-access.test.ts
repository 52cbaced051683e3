import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A fresh clone in a private folder (root's home, `mktemp -d`): the embedded PostgreSQL runs as
// the "postgres" user, who cannot open it. `npm run dev` must stop before starting anything, with
// one plain line that says why and what to do.

const ROOT = process.getuid?.() === 0;
const TSX = path.resolve("node_modules/.bin/tsx");
let closed: string;

beforeAll(async () => {
  closed = await mkdtemp(path.join(tmpdir(), "kohort-private-")); // mode 0700, like mktemp -d
  await mkdir(path.join(closed, "clone"));
});
afterAll(() => rm(closed, { recursive: true, force: true }));

describe("the embedded PostgreSQL from a private folder", () => {
  it.runIf(ROOT)("npm run dev stops with one plain line, before initdb, naming the folder and the way out", () => {
    const cwd = path.join(closed, "clone");
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.DATABASE_APP_URL;
    const run = spawnSync(TSX, [path.resolve("scripts/dev.ts")], { cwd, env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    const output = `${run.stdout}${run.stderr}`.trim();
    expect(output.split("\n")).toHaveLength(1);
    expect(output).toContain(`cannot open ${closed} (mode 0700)`);
    expect(output).toContain("DATABASE_URL");
    expect(output).not.toMatch(/EACCES|    at /);
    expect(existsSync(path.join(cwd, ".data", "postgres", "PG_VERSION"))).toBe(false);
  });
});
