import { describe, expect, it } from "vitest";
import { figure, maskOutcome, maskReport } from "@/lib/metrics/privacy";
import { outcomeOf, shareOf } from "@/lib/metrics/share";
import type { OutcomeReport } from "@/lib/metrics/types";

const none = outcomeOf(0, 0);
const report: OutcomeReport = {
  cohorts: [
    {
      cohortId: "c1", name: "Trainee 2024", startDate: "2024-09-01", endDate: "2025-08-31", year: 2024, status: "FINISHED", imported: false,
      funnel: { applicants: 40, places: 3, applicantsPerPlace: 13.33, outsideRegion: outcomeOf(12, 40), interviewed: 9, offered: 4, hired: 0 },
      heardFrom: [{ key: "FRIEND", count: 30 }, { key: "UNKNOWN", count: 2 }],
      who: { gender: [{ key: "WOMAN", count: 6 }, { key: "MAN", count: 1 }], education: [], field: [], ties: [] },
      outcomes: {
        completed: outcomeOf(6, 7), droppedOut: outcomeOf(1, 7), offeredJob: outcomeOf(5, 6), acceptedOffer: outcomeOf(0, 3),
        inRegionEnd: outcomeOf(5, 5), inRegion1y: none, inRegion3y: outcomeOf(4, 10),
      },
    },
  ],
  total: {
    funnel: { applicants: null, places: null, applicantsPerPlace: null, outsideRegion: none, interviewed: null, offered: null, hired: 7 },
    heardFrom: [], who: { gender: [], education: [], field: [], ties: [] },
    outcomes: { completed: none, droppedOut: none, offeredJob: none, acceptedOffer: none, inRegionEnd: none, inRegion1y: none, inRegion3y: none },
  },
  members: {
    years: [{ year: 2024, total: 12, active: 3, trainees: 7, hosts: 4, traineesPerEmployer: 1.75 }, { year: 2025, total: 12, active: 9, trainees: 9, hosts: 6, traineesPerEmployer: 1.5 }],
    employers: [{ employerId: "e1", name: "Alfa AB", trainees: 2 }],
  },
  availableYears: [2024],
};

describe("metrics privacy", () => {
  it("shows counts 1–4 as <5 to a reader without exact figures, never 0 or 5", () => {
    expect([0, 1, 4, 5, 17].map((n) => figure(n, false))).toEqual([0, "<5", "<5", 5, 17]);
    expect([0, 1, 4, 5].map((n) => figure(n, true))).toEqual([0, 1, 4, 5]);
  });

  it("hides a share when its count or the number known is hidden", () => {
    expect(maskOutcome(outcomeOf(6, 7), false)).toEqual({ count: 6, known: 7, share: 0.8571 });
    expect(maskOutcome(outcomeOf(1, 7), false)).toEqual({ count: "<5", known: 7, share: null });
    expect(maskOutcome(outcomeOf(0, 3), false)).toEqual({ count: 0, known: "<5", share: null });
    expect(maskOutcome(outcomeOf(1, 3), true)).toEqual({ count: 1, known: 3, share: 0.3333 });
  });

  it("masks a whole report for the steering group", () => {
    const masked = maskReport(report, false);
    expect(masked.exact).toBe(false);
    const [c] = masked.cohorts;
    expect(c).toMatchObject({ cohortId: "c1", name: "Trainee 2024", year: 2024 });
    // places 3 is hidden, so applicants per place (40 / 3) would reveal it.
    expect(c.funnel).toEqual({ applicants: 40, places: "<5", applicantsPerPlace: null, outsideRegion: { count: 12, known: 40, share: 0.3 }, interviewed: 9, offered: "<5", hired: 0 });
    expect(c.heardFrom).toEqual([{ key: "FRIEND", count: 30 }, { key: "UNKNOWN", count: "<5" }]);
    expect(c.who.gender).toEqual([{ key: "WOMAN", count: 6 }, { key: "MAN", count: "<5" }]);
    expect(c.outcomes.droppedOut).toEqual({ count: "<5", known: 7, share: null });
    expect(c.outcomes.inRegion1y).toEqual({ count: 0, known: 0, share: null });
    expect(c.outcomes.inRegion3y).toEqual({ count: "<5", known: 10, share: null });
    expect(masked.total.funnel.hired).toBe(7);
    expect(masked.members.years).toEqual([
      { year: 2024, total: 12, active: "<5", trainees: 7, hosts: "<5", traineesPerEmployer: null },
      { year: 2025, total: 12, active: 9, trainees: 9, hosts: 6, traineesPerEmployer: 1.5 },
    ]);
    expect(masked.members.employers).toEqual([{ employerId: "e1", name: "Alfa AB", trainees: "<5" }]);
  });

  it("leaves every figure as it is for a coordinator", () => {
    const exact = maskReport(report, true);
    expect(exact.exact).toBe(true);
    const { exact: _e, ...rest } = exact;
    expect(rest).toEqual(report);
  });

  it("rounds shares to four decimals", () => {
    expect([shareOf(2, 3), shareOf(1, 8), shareOf(0, 0), shareOf(5, 5)]).toEqual([0.6667, 0.125, null, 1]);
  });
});
