import { describe, expect, it } from "vitest";
import { TableBuilder, rangesOf, suppress } from "@/lib/disclosure/engine";
import { discloseReport, employerBands } from "@/lib/disclosure/report";
import { outcomeOf, shareOf } from "@/lib/metrics/share";
import type { OutcomeReport } from "@/lib/metrics/types";
import { sampleReport } from "../support/outcome-report";

// The cases the steering group could undo by subtraction before (issue 15), and the rule's parts.

describe("suppression engine", () => {
  it("hides the complement of a small count: completed 11 of 12 no longer gives dropped out 1", () => {
    const b = new TableBuilder();
    b.cell("ended", 12);
    b.cell("completed", 11);
    b.cell("dropped", 1);
    b.sum("ended", ["completed", "dropped"]);
    const status = suppress(b.build());
    expect(Object.fromEntries(status)).toEqual({ ended: "shown", completed: "hidden", dropped: "small" });
    const ranges = rangesOf(b.build(), status);
    expect(ranges.get("dropped")).toEqual({ lo: 1, hi: 4 });
  });

  it("hides another category when one is small (hired 12, women 6, men 5, undisclosed <5), and keeps zero", () => {
    const b = new TableBuilder();
    for (const [id, v] of [["hired", 12], ["women", 6], ["men", 5], ["undisclosed", 1], ["other", 0]] as const) b.cell(id, v);
    b.sum("hired", ["women", "men", "undisclosed", "other"]);
    // Hiding men (5) would not do: a hidden count is at least 5, so men = 12 − 6 − (1…4) would be 5.
    const status = suppress(b.build());
    expect(Object.fromEntries(status)).toEqual({ hired: "shown", women: "hidden", men: "shown", undisclosed: "small", other: "shown" });
    expect(rangesOf(b.build(), status).get("undisclosed")).toEqual({ lo: 1, hi: 2 });
  });

  it("does not let two small counts be pinned down by their sum (1 + 1 of 12 − 10)", () => {
    const b = new TableBuilder();
    for (const [id, v] of [["total", 12], ["a", 1], ["b", 1], ["c", 10]] as const) b.cell(id, v);
    b.sum("total", ["a", "b", "c"]);
    const status = suppress(b.build());
    expect(status.get("c")).toBe("hidden");
    const ranges = rangesOf(b.build(), status);
    expect(ranges.get("a")!.lo).toBeLessThan(ranges.get("a")!.hi);
  });

  it("protects a small count no view shows: still in the programme = trainees − completed − dropped out", () => {
    const b = new TableBuilder();
    for (const [id, v] of [["trainees", 12], ["ended", 10], ["completed", 5], ["dropped", 5]] as const) b.cell(id, v);
    b.cell("active", 2, { shown: false });
    b.sum("trainees", ["ended", "active"]);
    b.sum("ended", ["completed", "dropped"]);
    const status = suppress(b.build());
    const active = rangesOf(b.build(), status).get("active")!;
    expect(active.lo).toBeLessThan(active.hi);
  });
});

describe("the outcome report as the steering group sees it", () => {
  const masked = discloseReport(sampleReport(), false);
  const [c2023, c2024] = masked.cohorts;

  it("no longer shows completed 11 of 12 beside dropped out <5, in the cohort or in the total", () => {
    for (const section of [c2023, masked.total]) {
      const { completed, droppedOut } = section.outcomes;
      expect(droppedOut.count).toBe("<5");
      expect(completed.count).toBe("hidden");
      expect([completed.share, droppedOut.share]).toEqual([null, null]);
    }
  });

  it("does not leave one hidden category to subtract from the hired", () => {
    const gender = masked.total.who.gender;
    expect(gender.filter((g) => g.count === "<5" || g.count === "hidden").length).not.toBe(1);
  });

  it("shows places and employers exactly (they are not people) and bands instead of trainees per employer", () => {
    expect(c2024.funnel.places).toBe(3);
    expect(masked.members.employers).toEqual([]);
    expect(masked.members.bands).toEqual([
      { band: "1", employers: 0 },
      { band: "2-4", employers: 1 },
      { band: "5-9", employers: 1 },
      { band: "10+", employers: 0 },
    ]);
  });

  it("merges fields of study under 5 into other fields", () => {
    const report: OutcomeReport = sampleReport();
    report.total.who.field = [{ key: "Ekonomi", count: 12 }, { key: "Marinarkeologi", count: 1 }, { key: "Juridik", count: 2 }];
    const field = discloseReport(report, false).total.who.field;
    expect(field.map((f) => f.key)).toEqual(["Ekonomi", "OTHER"]);
    expect(JSON.stringify(field)).not.toContain("Marinarkeologi");
  });

  it("leaves every figure as it is for a coordinator", () => {
    const report = sampleReport();
    const exact = discloseReport(report, true);
    expect(exact.exact).toBe(true);
    expect(exact.cohorts.map(({ cohortId, funnel, outcomes, who }) => ({ cohortId, funnel, outcomes, who }))).toEqual(
      report.cohorts.map(({ cohortId, funnel, outcomes, who }) => ({ cohortId, funnel, outcomes, who })),
    );
    expect(exact.members.employers).toEqual(report.members.employers);
  });

  it("counts employers per band", () => {
    expect(employerBands([1, 1, 3, 12].map((trainees, i) => ({ employerId: `e${i}`, name: `E${i}`, trainees })))).toEqual([
      { band: "1", employers: 2 },
      { band: "2-4", employers: 1 },
      { band: "5-9", employers: 0 },
      { band: "10+", employers: 1 },
    ]);
  });

  it("rounds shares to four decimals", () => {
    expect([shareOf(2, 3), shareOf(1, 8), shareOf(0, 0), shareOf(5, 5)]).toEqual([0.6667, 0.125, null, 1]);
    expect(outcomeOf(1, 3).share).toBe(0.3333);
  });
});
