import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { appDb } from "@/lib/db/client";

describe("hitRateLimit", () => {
  it("lets exactly `limit` hits through when they all arrive at once", async () => {
    const key = `burst-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit("test", key, 5, 60_000)));
    expect(answers.filter(Boolean)).toHaveLength(5);
    expect(await appDb().rateLimitHit.count({ where: { bucket: "test", key } })).toBe(5);
  });

  it("counts each key on its own", async () => {
    const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    expect(await hitRateLimit("test", a, 1, 60_000)).toBe(true);
    expect(await hitRateLimit("test", a, 1, 60_000)).toBe(false);
    expect(await hitRateLimit("test", b, 1, 60_000)).toBe(true);
  });
});
