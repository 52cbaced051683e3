import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "@/lib/email/deliver";

describe("outbox retry backoff", () => {
  it("doubles from 30 seconds and caps at an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });

  it("scales with the configured base, e.g. the fault checks' fraction of a second", () => {
    expect([1, 2, 3].map((n) => retryDelaySeconds(n, 0.05))).toEqual([0.05, 0.1, 0.2]);
    expect(retryDelaySeconds(30, 1)).toBe(3600);
  });
});
