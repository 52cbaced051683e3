import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "@/lib/email/deliver";

describe("outbox retry backoff", () => {
  it("doubles from 30 seconds and caps at an hour", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });
});
