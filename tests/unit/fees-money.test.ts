import { describe, expect, it } from "vitest";
import { minorToDecimal, minorToInput, readMoney, sumMinor } from "@/lib/fees/money";

// Amounts as people type them, read into minor units without a float; and written back out.
describe("reading an amount", () => {
  it.each([
    ["sv", "12 500,50", 1_250_050n],
    ["sv", "12\u00a0500,50", 1_250_050n],
    ["sv", "12\u202f500", 1_250_000n],
    ["nb", "12.500,50", 1_250_050n],
    ["nb", "45 000 kr", 4_500_000n],
    ["sv", "100:-", 10_000n],
    ["en", "12,500.50", 1_250_050n],
    ["en", "12,500", 1_250_000n],
    ["sv", "12500.5", 1_250_050n],
    ["en", "12500,5", 1_250_050n],
    ["sv", "4,35", 435n],
    ["en", "1.15", 115n],
    ["en", "0.07", 7n],
    ["sv", "0", 0n],
    ["sv", "-0", 0n],
    ["en", "90071992547409.93", 9_007_199_254_740_993n],
  ] as const)("%s %j → %s", (locale, input, minor) => {
    expect(readMoney(input, locale)).toEqual({ ok: true, minor });
  });

  it.each([
    ["sv", "12,345"],
    ["en", "12.345"],
    ["sv", "1,2,3"],
    ["sv", "tolv"],
    ["sv", ""],
    ["en", "1e5"],
    ["en", "12,50,000"],
  ] as const)("%s %j is not an amount", (locale, input) => {
    expect(readMoney(input, locale)).toEqual({ ok: false, reason: "format" });
  });

  it.each(["-1", "\u22125 000,00", "- 12,50"])("%j is negative", (input) => {
    expect(readMoney(input, "sv")).toEqual({ ok: false, reason: "negative" });
  });
});

describe("writing an amount", () => {
  it("gives exact decimals in major units for spreadsheets and forms", () => {
    expect(minorToDecimal(1_234_567, ",")).toBe("12345,67");
    expect(minorToDecimal(435, ".")).toBe("4.35");
    expect(minorToDecimal(7, ",")).toBe("0,07");
    expect(minorToDecimal(-150, ".")).toBe("-1.50");
    expect(minorToDecimal(9_007_199_254_740_993n, ".")).toBe("90071992547409.93");
    expect(minorToInput(1_250_050, "nb")).toBe("12500,50");
    expect(minorToInput(1_250_050, "en")).toBe("12500.50");
  });

  it("sums without rounding, beyond what a float holds", () => {
    expect(sumMinor([10, 20])).toBe(30n);
    expect(sumMinor([9_007_199_254_740_993n, 1])).toBe(9_007_199_254_740_994n);
    expect(sumMinor([])).toBe(0n);
  });
});
