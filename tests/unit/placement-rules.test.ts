import { describe, expect, it } from "vitest";
import { barPosition, monthTicks, todayOffset } from "@/lib/cohorts/timeline";
import { outcomeSchema, residenceOf, traineeStatusSchema } from "@/lib/cohorts/schemas";
import { insideCohort, rotationSpans, spanOn, spansOverlap, toDay, isoDay } from "@/lib/placements/rules";
import { todayIn } from "@/lib/i18n/zoned-time";
import { planRotationSchema } from "@/lib/placements/schemas";

const span = (start: string, end: string) => ({ startDate: toDay(start), endDate: toDay(end) });
const cohort = span("2026-09-01", "2027-08-31");

describe("placement spans", () => {
  it("overlap when they share a day, not when one ends the day before the other starts", () => {
    expect(spansOverlap(span("2026-09-01", "2026-12-31"), span("2027-01-01", "2027-04-30"))).toBe(false);
    expect(spansOverlap(span("2026-09-01", "2026-12-31"), span("2026-12-31", "2027-04-30"))).toBe(true);
    expect(spansOverlap(span("2026-10-01", "2026-10-31"), span("2026-09-01", "2027-08-31"))).toBe(true);
  });

  it("lie inside the cohort only between its first and last day, and never end before they start", () => {
    expect(insideCohort(span("2026-09-01", "2027-08-31"), cohort)).toBe(true);
    expect(insideCohort(span("2026-08-31", "2026-12-31"), cohort)).toBe(false);
    expect(insideCohort(span("2027-01-01", "2027-09-01"), cohort)).toBe(false);
    expect(insideCohort(span("2027-01-02", "2027-01-01"), cohort)).toBe(false);
  });

  it("finds the one running on a day", () => {
    const list = [{ id: "a", ...span("2026-09-01", "2026-12-31") }, { id: "b", ...span("2027-01-01", "2027-08-31") }];
    expect(spanOn(list, toDay("2027-01-01"))?.id).toBe("b");
    expect(spanOn(list, toDay("2027-09-01"))).toBeUndefined();
  });

  it("take today's date on the consortium's wall clock", () => {
    expect(isoDay(todayIn("Europe/Stockholm", new Date("2026-12-31T23:30:00Z")))).toBe("2027-01-01");
    expect(isoDay(todayIn("Europe/Oslo", new Date("2026-12-31T22:30:00Z")))).toBe("2026-12-31");
  });
});

describe("rotations", () => {
  const days = (list: { startDate: Date; endDate: Date; employerId: string }[]) => list.map((s) => [s.employerId, isoDay(s.startDate), isoDay(s.endDate)]);

  it("lay out 3 × 4 months from the start without drift", () => {
    const legs = [{ employerId: "a", months: 4 }, { employerId: "b", months: 4 }, { employerId: "c", months: 4 }];
    expect(days(rotationSpans(toDay("2026-09-01"), legs, cohort.endDate))).toEqual([
      ["a", "2026-09-01", "2026-12-31"],
      ["b", "2027-01-01", "2027-04-30"],
      ["c", "2027-05-01", "2027-08-31"],
    ]);
  });

  it("count months from the start even from the 31st, and let an open last leg run to the cohort's end", () => {
    const legs = [{ employerId: "a", months: 1 }, { employerId: "b" }];
    expect(days(rotationSpans(toDay("2027-01-31"), legs, cohort.endDate))).toEqual([
      ["a", "2027-01-31", "2027-02-27"],
      ["b", "2027-02-28", "2027-08-31"],
    ]);
  });

  it("need months on every leg but the last", () => {
    const parsed = planRotationSchema.safeParse({ traineeId: "t", legs: [{ employerId: "a", months: "" }, { employerId: "b", months: "6" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["legs", 0, "months"], message: "placements.rotation.monthsRequired" });
    expect(planRotationSchema.parse({ traineeId: "t", startDate: "", legs: [{ employerId: "a", months: "8" }, { employerId: "b" }] })).toEqual({
      traineeId: "t",
      legs: [{ employerId: "a", months: 8 }, { employerId: "b" }],
    });
  });
});

describe("the cohort timeline", () => {
  it("places a bar by its days: the whole cohort fills it, a third starts a third in", () => {
    expect(barPosition(cohort, cohort)).toEqual({ left: 0, width: 100 });
    const second = barPosition(span("2027-01-01", "2027-04-30"), cohort);
    expect(second.left).toBeCloseTo(33.4, 0);
    expect(second.width).toBeCloseTo(33, 0);
    expect(barPosition(span("2026-01-01", "2026-09-30"), cohort)).toEqual({ left: 0, width: expect.closeTo(8.2, 1) });
  });

  it("marks each month and today, and no today outside the cohort", () => {
    expect(monthTicks(cohort).map((t) => isoDay(t.date))).toHaveLength(12);
    expect(monthTicks(cohort)[0].left).toBe(0);
    expect(todayOffset(toDay("2027-09-01"), cohort)).toBeNull();
    expect(todayOffset(toDay("2026-09-01"), cohort)).toBe(0);
  });
});

describe("status and outcome input", () => {
  it("asks a drop-out for a date and a reason, and an active trainee for neither", () => {
    expect(traineeStatusSchema.safeParse({ traineeId: "t", status: "ACTIVE" }).success).toBe(true);
    const dropped = traineeStatusSchema.safeParse({ traineeId: "t", status: "DROPPED_OUT", endedAt: "", reason: "" });
    expect(dropped.error?.issues.map((i) => i.path[0]).sort()).toEqual(["endedAt", "reason"]);
  });

  it("accepts an answer to an offer only when there was one", () => {
    const base = { traineeId: "t", offeredJob: "NO", acceptedOffer: "YES", otherJobInRegion: "UNKNOWN", residence: "UNKNOWN" };
    expect(outcomeSchema.safeParse(base).success).toBe(false);
    expect(outcomeSchema.safeParse({ ...base, offeredJob: "YES" }).success).toBe(true);
  });

  it("reads a stored municipality back as inside or outside the region", () => {
    expect(residenceOf("Arvika", ["Arvika", "Karlstad"])).toEqual({ residence: "REGION", municipality: "Arvika", elsewhere: "" });
    expect(residenceOf("Oslo", ["Arvika"])).toEqual({ residence: "OUTSIDE", municipality: "", elsewhere: "Oslo" });
    expect(residenceOf(null, ["Arvika"]).residence).toBe("UNKNOWN");
  });
});
