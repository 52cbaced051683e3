import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { submitApplicationAction } from "@/lib/applications/actions";
import { DATABASE_UNAVAILABLE_DIGEST, isConnectionFailure, isDatabaseDown } from "@/lib/db/availability";
import { createClient, type PrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { toActionError } from "@/lib/server/errors";

// A second PostgreSQL of this test's own, stopped and started again under a client that lives on:
// the outage of decision 0023, without disturbing the database the other tests share.
let dir: string;
let server: EmbeddedDatabase;
let client: PrismaClient;
const startServer = (port?: number) => startEmbeddedPostgres({ dir: path.join(dir, "pg"), port, persistent: true });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kohort-outage-"));
  server = await startServer();
  client = createClient(server.ownerUrl, 3);
});

afterAll(async () => {
  await client?.$disconnect();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("database availability", () => {
  it("takes a wrong query for a wrong query, not for an outage", async () => {
    const error = await failureOf(client.$queryRawUnsafe("SELECT * FROM no_such_table"));
    expect(error).not.toBeNull();
    expect(isConnectionFailure(error)).toBe(false);
    expect(isDatabaseDown()).toBe(false);
    expect(toActionError(error).error).toBe("unexpected");
  });

  it("notices a stopped database, answers 'unavailable' meanwhile, and recovers without a new client", async () => {
    await client.$queryRaw`SELECT 1`; // leaves an idle pooled connection for the server to close
    const port = Number(new URL(server.ownerUrl).port);
    await server.stop();
    // The idle connection's death alone says so, before any query: and it does not crash the process.
    await vi.waitFor(() => expect(isDatabaseDown()).toBe(true), { timeout: 5_000, interval: 50 });

    const query = await failureOf(client.$queryRaw`SELECT 1`);
    expect(isConnectionFailure(query)).toBe(true);
    expect((query as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(toActionError(query)).toEqual({ ok: false, error: "unavailable" });
    const model = await failureOf(client.user.findFirst());
    expect(isConnectionFailure(model)).toBe(true);
    const transaction = await failureOf(client.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
    expect(isConnectionFailure(transaction)).toBe(true);
    // A form sent meanwhile gets a translated error code instead of an exception.
    const user = { id: "someone", email: "someone@test.example", name: null };
    expect(await submitApplicationAction.runAs(user, "any-consortium", {})).toEqual({ ok: false, error: "unavailable" });

    server = await startServer(port);
    expect(Number(new URL(server.ownerUrl).port)).toBe(port);
    await vi.waitFor(() => expect(isDatabaseDown()).toBe(false), { timeout: 10_000, interval: 100 });
    expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
