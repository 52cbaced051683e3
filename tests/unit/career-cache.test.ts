import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cached, CAREER_CACHE_TTL_MS, consortiumTag, INVALIDATION_HOLD_MS, invalidateCareerData } from "@/lib/careers/cache";

let next = 0;
/** A fresh key per test: the cache lives on globalThis for the whole run. */
const key = () => `test-${++next}`;
const counting = () => {
  const load = vi.fn(async () => load.mock.calls.length);
  return load;
};

describe("career data cache", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-25T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("loads once for concurrent readers and serves the value until the TTL has passed", async () => {
    const k = key();
    const load = counting();
    expect(await Promise.all([cached(k, [], load), cached(k, [], load), cached(k, [], load)])).toEqual([1, 1, 1]);
    vi.advanceTimersByTime(CAREER_CACHE_TTL_MS - 1);
    expect(await cached(k, [], load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await cached(k, [], load)).toBe(2);
  });

  it("drops a consortium's entries on invalidation, and only that consortium's", async () => {
    const [a, b] = [key(), key()];
    const loadA = counting();
    const loadB = counting();
    await cached(a, [consortiumTag("c1")], loadA);
    await cached(b, [consortiumTag("c2")], loadB);
    invalidateCareerData("c1");
    expect(await cached(a, [consortiumTag("c1")], loadA)).toBe(2);
    expect(await cached(b, [consortiumTag("c2")], loadB)).toBe(1);
    invalidateCareerData();
    expect(await cached(b, [consortiumTag("c2")], loadB)).toBe(2);
  });

  it("keeps data loaded just after an invalidation only until the hold window ends (the change may not be committed yet)", async () => {
    const k = key();
    const load = counting();
    invalidateCareerData("c3");
    vi.advanceTimersByTime(100);
    expect(await cached(k, [consortiumTag("c3")], load)).toBe(1);
    vi.advanceTimersByTime(INVALIDATION_HOLD_MS - 200);
    expect(await cached(k, [consortiumTag("c3")], load)).toBe(1);
    vi.advanceTimersByTime(100);
    expect(await cached(k, [consortiumTag("c3")], load)).toBe(2);
    vi.advanceTimersByTime(INVALIDATION_HOLD_MS);
    expect(await cached(k, [consortiumTag("c3")], load)).toBe(2);
  });

  it("does not keep a load that an invalidation overtook, a failed load, or a value it is told not to keep", async () => {
    const k = key();
    let release!: (v: string) => void;
    const slow = cached(k, [consortiumTag("c4")], () => new Promise<string>((r) => (release = r)));
    invalidateCareerData("c4");
    release("before the change");
    expect(await slow).toBe("before the change");
    vi.advanceTimersByTime(INVALIDATION_HOLD_MS);
    expect(await cached(k, [consortiumTag("c4")], async () => "after")).toBe("after");

    const failing = key();
    await expect(cached(failing, [], () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cached(failing, [], async () => "recovered")).toBe("recovered");

    const unknown = key();
    const load = vi.fn(async () => null);
    await cached(unknown, [], load, (v) => v !== null);
    await cached(unknown, [], load, (v) => v !== null);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
