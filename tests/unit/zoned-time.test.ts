import { describe, expect, it } from "vitest";
import { utcToZoned, zonedToUtc } from "@/lib/i18n/zoned-time";

describe("consortium time zone conversion", () => {
  it("turns a Swedish winter deadline into UTC", () => {
    expect(zonedToUtc("2027-03-01T23:59", "Europe/Stockholm").toISOString()).toBe("2027-03-01T22:59:00.000Z");
  });

  it("follows daylight saving time", () => {
    expect(zonedToUtc("2026-07-01T12:00", "Europe/Oslo").toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedToUtc("2026-10-25T12:00", "Europe/Oslo").toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });

  it("round-trips for the form", () => {
    for (const local of ["2027-03-01T23:59", "2026-07-01T00:00", "2026-03-29T12:30"]) {
      expect(utcToZoned(zonedToUtc(local, "Europe/Stockholm"), "Europe/Stockholm")).toBe(local);
    }
  });

  it("refuses what is not a local date-time", () => {
    expect(() => zonedToUtc("1 March", "Europe/Stockholm")).toThrow(RangeError);
  });
});
