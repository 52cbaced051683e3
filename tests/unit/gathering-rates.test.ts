import { describe, expect, it } from "vitest";
import { attendanceOpen, countMarks, formatRate, heldBefore, zonedDay } from "@/lib/gatherings/rates";
import { createGatheringSchema, recordAttendanceSchema } from "@/lib/gatherings/schemas";

const ZONE = "Europe/Stockholm";

describe("attendance rates", () => {
  it("are present ÷ recorded, with an excused absence counted as not attending", () => {
    expect(countMarks(["PRESENT", "PRESENT", "EXCUSED", "ABSENT"])).toEqual({ invited: 4, present: 2, absent: 1, excused: 1, unrecorded: 0, rate: 0.5 });
    expect(countMarks(["PRESENT", "INVITED"])).toMatchObject({ invited: 2, unrecorded: 1, rate: 1 });
    expect(countMarks(["INVITED"]).rate).toBeNull();
    expect(countMarks([]).rate).toBeNull();
  });

  it("show as whole percentages in the reader's language, or a dash", () => {
    expect(formatRate(2 / 3, "en")).toBe("67%");
    expect(formatRate(2 / 3, "sv").replace(/\s/g, " ")).toBe("67 %");
    expect(formatRate(null, "nb")).toBe("–");
  });
});

describe("when attendance opens", () => {
  it("opens on the gathering's first day in the consortium's zone, not the server's", () => {
    // 08:00 on 3 December in Stockholm; just after midnight there it is still 2 December in UTC.
    const startsAt = new Date("2026-12-03T07:00:00Z");
    expect(zonedDay(new Date("2026-12-02T23:30:00Z"), ZONE)).toBe("2026-12-03");
    expect(attendanceOpen(startsAt, ZONE, new Date("2026-12-02T23:30:00Z"))).toBe(true);
    expect(attendanceOpen(startsAt, ZONE, new Date("2026-12-02T22:30:00Z"))).toBe(false);
    expect(attendanceOpen(startsAt, ZONE, new Date("2027-01-10T12:00:00Z"))).toBe(true);
    // Held from its first day: the next midnight in Stockholm is 23:00 UTC in winter.
    expect(heldBefore(ZONE, new Date("2026-12-03T05:00:00Z")).toISOString()).toBe("2026-12-03T23:00:00.000Z");
    expect(heldBefore(ZONE, new Date("2026-12-02T23:30:00Z")).toISOString()).toBe("2026-12-03T23:00:00.000Z");
  });
});

describe("gathering schemas", () => {
  const fields = {
    cohortId: "c1",
    title: "Företagsbesök",
    type: "COMPANY_VISIT",
    startDate: "2027-03-10",
    startTime: "09:00",
    endDate: "2027-03-10",
    endTime: "12:00",
    place: "Skoghall",
    agenda: "",
  };

  it("take a two-day gathering and blame the end when it is not after the start", () => {
    expect(createGatheringSchema.safeParse({ ...fields, endDate: "2027-03-11", endTime: "08:00" }).success).toBe(true);
    const early = createGatheringSchema.safeParse({ ...fields, endTime: "09:00" });
    expect(early.success ? null : early.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endTime", "validation.endBeforeStart"]]);
    const typo = createGatheringSchema.safeParse({ ...fields, startTime: "9" });
    expect(typo.success ? null : typo.error.issues.map((i) => i.path.join("."))).toEqual(["startTime"]);
  });

  it("take one row per invited trainee, at least one of them marked", () => {
    const marks = [{ traineeId: "a", status: "PRESENT" }, { traineeId: "a", status: "ABSENT" }];
    expect(recordAttendanceSchema.safeParse({ gatheringId: "g", marks }).success).toBe(false);
    expect(recordAttendanceSchema.safeParse({ gatheringId: "g", marks: [{ traineeId: "a", status: "INVITED" }] }).success).toBe(false);
    expect(recordAttendanceSchema.safeParse({ gatheringId: "g", marks: [marks[0]] }).success).toBe(true);
    // Unmarked rows may come along (the register in parts), but not only those.
    expect(recordAttendanceSchema.safeParse({ gatheringId: "g", marks: [marks[0], { traineeId: "b", status: null }] }).success).toBe(true);
    const none = recordAttendanceSchema.safeParse({ gatheringId: "g", marks: [{ traineeId: "b", status: null }] });
    expect(none.success ? null : none.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["marks", "gatherings.attendance.noneMarked"]]);
  });
});
