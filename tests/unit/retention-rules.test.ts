import { describe, expect, it } from "vitest";
import { addMonths, erasureDate, retainUntil } from "@/lib/retention/rules";
import { retentionSchema } from "@/lib/retention/schemas";

const at = (iso: string) => new Date(iso);

describe("addMonths", () => {
  it("keeps the day and the time of day", () => {
    expect(addMonths(at("2027-03-01T22:59:00Z"), 24)).toEqual(at("2029-03-01T22:59:00Z"));
    expect(addMonths(at("2027-03-15T10:30:00Z"), 1)).toEqual(at("2027-04-15T10:30:00Z"));
  });

  it("clamps to the last day of a shorter month", () => {
    expect(addMonths(at("2027-01-31T12:00:00Z"), 1)).toEqual(at("2027-02-28T12:00:00Z"));
    expect(addMonths(at("2027-03-31T00:00:00Z"), 1)).toEqual(at("2027-04-30T00:00:00Z"));
    expect(addMonths(at("2027-08-31T23:59:00Z"), 1)).toEqual(at("2027-09-30T23:59:00Z"));
  });

  it("knows leap years", () => {
    expect(addMonths(at("2028-01-31T08:00:00Z"), 1)).toEqual(at("2028-02-29T08:00:00Z"));
    expect(addMonths(at("2028-02-29T08:00:00Z"), 12)).toEqual(at("2029-02-28T08:00:00Z"));
    expect(addMonths(at("2028-02-29T08:00:00Z"), 48)).toEqual(at("2032-02-29T08:00:00Z"));
    expect(addMonths(at("2100-01-31T00:00:00Z"), 1)).toEqual(at("2100-02-28T00:00:00Z"));
  });

  it("crosses year ends and goes backwards", () => {
    expect(addMonths(at("2027-11-30T00:00:00Z"), 3)).toEqual(at("2028-02-29T00:00:00Z"));
    expect(addMonths(at("2027-12-31T00:00:00Z"), 60)).toEqual(at("2032-12-31T00:00:00Z"));
    expect(addMonths(at("2027-03-31T00:00:00Z"), -1)).toEqual(at("2027-02-28T00:00:00Z"));
    expect(addMonths(at("2027-01-15T00:00:00Z"), -13)).toEqual(at("2025-12-15T00:00:00Z"));
  });

  it("does not change the date it is given", () => {
    const date = at("2027-01-31T00:00:00Z");
    addMonths(date, 1);
    expect(date).toEqual(at("2027-01-31T00:00:00Z"));
  });
});

describe("the retention rule", () => {
  const closesAt = at("2027-03-01T22:59:00Z");

  it("keeps data for the consortium's months after the campaign closed", () => {
    expect(retainUntil(closesAt, 24)).toEqual(at("2029-03-01T22:59:00Z"));
    expect(retainUntil(closesAt, 12)).toEqual(at("2028-03-01T22:59:00Z"));
  });

  it("keeps a talent-pool applicant until the consent ends, when that is later", () => {
    expect(erasureDate(closesAt, 24, null)).toEqual(at("2029-03-01T22:59:00Z"));
    expect(erasureDate(closesAt, 24, at("2028-03-01T00:00:00Z"))).toEqual(at("2029-03-01T22:59:00Z"));
    expect(erasureDate(closesAt, 12, at("2028-09-01T00:00:00Z"))).toEqual(at("2028-09-01T00:00:00Z"));
  });

  it("accepts 12 to 60 whole months as the setting", () => {
    expect(retentionSchema.safeParse({ retentionMonths: "24" })).toMatchObject({ success: true, data: { retentionMonths: 24 } });
    for (const retentionMonths of [11, 61, 24.5, "", "x"]) {
      const result = retentionSchema.safeParse({ retentionMonths });
      expect(result.success, String(retentionMonths)).toBe(false);
    }
    expect(retentionSchema.safeParse({ retentionMonths: 6 }).error?.issues[0].message).toBe("validation.retentionMonths");
  });
});
