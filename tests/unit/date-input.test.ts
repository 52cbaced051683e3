import { describe, expect, it } from "vitest";
import { parseDateInput, parseTimeInput } from "@/lib/i18n/date-input";

describe("dates and times typed into a form", () => {
  it("takes ISO dates and the day-first forms written in Sweden and Norway", () => {
    expect(parseDateInput("2027-09-01")).toBe("2027-09-01");
    expect(parseDateInput(" 2027-9-1 ")).toBe("2027-09-01");
    expect(parseDateInput("1.9.2027")).toBe("2027-09-01");
    expect(parseDateInput("01/09/2027")).toBe("2027-09-01");
  });

  it("refuses what is not a date on the calendar", () => {
    expect(parseDateInput("2027-02-30")).toBeNull();
    expect(parseDateInput("31.4.2027")).toBeNull();
    expect(parseDateInput("09/01/27")).toBeNull();
    expect(parseDateInput("imorgon")).toBeNull();
  });

  it("reads times on a 24-hour clock", () => {
    expect(parseTimeInput("9:30")).toBe("09:30");
    expect(parseTimeInput("09.30")).toBe("09:30");
    expect(parseTimeInput("1330")).toBe("13:30");
    expect(parseTimeInput("24:00")).toBeNull();
    expect(parseTimeInput("9:75")).toBeNull();
  });
});
