import { describe, expect, it } from "vitest";
import { campaignSchema } from "@/lib/campaigns/schemas";
import { parseDateInput, parseDateTimeInput, parseTimeInput } from "@/lib/i18n/date-input";

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

  it("reads a date with a time of day in the forms people write them", () => {
    expect(parseDateTimeInput("2027-03-01 23:59")).toBe("2027-03-01 23:59");
    expect(parseDateTimeInput("2027-03-01T23:59")).toBe("2027-03-01 23:59");
    expect(parseDateTimeInput("1.3.2027 23.59")).toBe("2027-03-01 23:59");
    expect(parseDateTimeInput("1/3/2027, kl. 9:05")).toBe("2027-03-01 09:05");
    expect(parseDateTimeInput("2027-03-01")).toBeNull();
    expect(parseDateTimeInput("2027-02-30 12:00")).toBeNull();
    expect(parseDateTimeInput("03/01/2027 11:59 PM")).toBeNull();
  });

  it("gives the campaign service its zone-free wall-clock time, whichever form was typed", () => {
    const base = { cohortName: "2027/28", cohortStart: "2027-09-01", cohortEnd: "2028-08-31", programmeMonths: 12, maxPreferences: 3, talentPoolMonths: 12, consentSv: "Ja", consentNb: "Ja", consentEn: "Yes" };
    const parsed = campaignSchema.parse({ ...base, opensAt: "15.1.2027 00:00", closesAt: "2027-03-01 23:59" });
    expect([parsed.opensAt, parsed.closesAt]).toEqual(["2027-01-15T00:00", "2027-03-01T23:59"]);
    const wrong = campaignSchema.safeParse({ ...base, opensAt: "2027-01-15", closesAt: "2027-03-01 23:59" });
    expect(wrong.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["opensAt", "validation.dateTime"]]);
  });
});
