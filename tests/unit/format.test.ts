import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("locale formatting", () => {
  it("formats integer minor units in the consortium's currency and the reader's locale", () => {
    expect(nbsp(formatMoney(3_000_000, "SEK", "sv"))).toBe("30 000 kr");
    expect(nbsp(formatMoney(4_500_000, "NOK", "nb"))).toBe("45 000 kr");
    expect(nbsp(formatMoney(4_500_050, "NOK", "en"))).toBe("NOK 45,000.50");
  });

  it("formats numbers by locale", () => {
    expect(nbsp(formatNumber(1618, "sv"))).toBe("1 618");
    expect(formatNumber(1618, "en")).toBe("1,618");
  });

  it("shows calendar dates without shifting them across time zones", () => {
    const date = new Date("2026-03-01T00:00:00Z");
    expect(formatDate(date, "sv")).toBe("1 mars 2026");
    expect(formatDate(date, "en")).toBe("1 Mar 2026");
  });

  it("shows instants in the consortium's zone", () => {
    const deadline = new Date("2027-03-01T22:59:00Z");
    expect(formatDateTime(deadline, "sv", "Europe/Stockholm")).toContain("23:59");
    expect(formatDateTime(deadline, "nb", "Europe/Oslo")).toContain("23:59");
  });
});
