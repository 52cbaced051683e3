import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { findCohortByName, loadOutcomeReport } from "@/lib/metrics/report";
import type { OutcomeReport, ReportFilter } from "@/lib/metrics/types";
import { createTenant } from "../support/fixtures";
import { createMetricsFixture, type MetricsFixture } from "../support/metrics-fixture";

// Every expected figure below is worked out by hand from tests/support/metrics-fixture.ts.
// Cohorts: A "Trainee 2018" (live), B "Trainee 2019" (erased campaign), C "Trainee 2020"
// (imported, campaign figures), D "Trainee vår 2020" (imported, no campaign).

let f: MetricsFixture;
let report: OutcomeReport;
const load = (filter: ReportFilter) => withTenant(f.t.id, null, (tx) => loadOutcomeReport(tx, f.t.id, filter));
const o = (count: number, known: number, share: number | null) => ({ count, known, share });
const byName = (name: string) => report.cohorts.find((c) => c.name === name)!;

beforeAll(async () => {
  f = await createMetricsFixture();
  report = await load({ fromYear: 2018, toYear: 2021 });
});

describe("outcome report: cohorts and funnel", () => {
  it("selects the cohorts starting in the years asked, oldest first, and lists every year", async () => {
    expect(report.cohorts.map((c) => c.name)).toEqual(["Trainee 2018", "Trainee 2019", "Trainee vår 2020", "Trainee 2020"]);
    expect(byName("Trainee 2020")).toMatchObject({ startDate: "2020-09-01", endDate: "2021-08-31", year: 2020, imported: true, status: "FINISHED" });
    // createTenant's running cohort starts three months before today, its recruiting one in 2027.
    const running = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 3, 1)).getUTCFullYear();
    expect(report.availableYears).toEqual([...new Set([2018, 2019, 2020, running, 2027])].sort());
  });

  it("counts a live campaign's applications", () => {
    // Applications a1…a9, a2 a draft: applicants a1 a3 a4 a5 a6 a7 a8 a9 = 8.
    // Outside the region: a1 a4 a6 a8 = 4 of 8 = 0.5.
    // Interviewed: a3 (audit: from INTERVIEW), a4 (invited), a5 a6 (HIRED), a7 (OFFER) = 5;
    //   a9 moved SUBMITTED → SCREENING only, a1 a8 never.
    // Offered (has an offer): a5 a6 a7 = 3. Places: published postings 2 + 1 = 3 (the draft's 5 not).
    // Applicants per place 8 / 3 = 2.67. Hired: the cohort's 4 trainee rows.
    expect(byName("Trainee 2018").funnel).toEqual({
      applicants: 8, places: 3, applicantsPerPlace: 2.67, outsideRegion: o(4, 8, 0.5), interviewed: 5, offered: 3, hired: 4,
    });
  });

  it("uses an erased campaign's frozen figures and counts live only what was not frozen", () => {
    // Frozen: 40 applicants, 12 outside (12 / 40 = 0.3), 10 interviewed; offered not frozen →
    // counted live: b1's offer = 1. Places: published posting P4 = 2 → 40 / 2 = 20. Hired 2.
    expect(byName("Trainee 2019").funnel).toEqual({
      applicants: 40, places: 2, applicantsPerPlace: 20, outsideRegion: o(12, 40, 0.3), interviewed: 10, offered: 1, hired: 2,
    });
  });

  it("takes an imported cohort's campaign figures and leaves what the file did not give unknown", () => {
    // 25 applicants, 5 places (25 / 5 = 5), outside not given → 0 of 0, 8 interviewed, offered unknown, 3 trainees.
    expect(byName("Trainee 2020").funnel).toEqual({
      applicants: 25, places: 5, applicantsPerPlace: 5, outsideRegion: o(0, 0, null), interviewed: 8, offered: null, hired: 3,
    });
    // No campaign at all: only the hired are known.
    expect(byName("Trainee vår 2020").funnel).toEqual({
      applicants: null, places: null, applicantsPerPlace: null, outsideRegion: o(0, 0, null), interviewed: null, offered: null, hired: 1,
    });
  });

  it("sums the funnel over the selection, skipping what is unknown", () => {
    // applicants 8 + 40 + 25 = 73 (D unknown); places 3 + 2 + 5 = 10; per place 73 / 10 = 7.3.
    // outside 4 + 12 (+ C unknown) = 16 of 8 + 40 = 48 → 0.3333; interviewed 5 + 10 + 8 = 23;
    // offered 3 + 1 (C, D unknown) = 4; hired 4 + 2 + 3 + 1 = 10.
    expect(report.total.funnel).toEqual({
      applicants: 73, places: 10, applicantsPerPlace: 7.3, outsideRegion: o(16, 48, 0.3333), interviewed: 23, offered: 4, hired: 10,
    });
  });

  it("counts where live applicants heard of the programme, not for frozen or imported campaigns", () => {
    // A (drafts out): SOCIAL_MEDIA a1 a4 a6 = 3, none said a3 a8 = 2, UNIVERSITY a5, CAREER_FAIR a7, FRIEND a9.
    const heard = [
      { key: "SOCIAL_MEDIA", count: 3 },
      { key: "UNKNOWN", count: 2 },
      { key: "CAREER_FAIR", count: 1 },
      { key: "FRIEND", count: 1 },
      { key: "UNIVERSITY", count: 1 },
    ];
    expect(byName("Trainee 2018").heardFrom).toEqual(heard);
    expect(byName("Trainee 2019").heardFrom).toEqual([]); // b1 is still there, but the campaign is frozen
    expect(byName("Trainee 2020").heardFrom).toEqual([]);
    expect(report.total.heardFrom).toEqual(heard);
  });
});

describe("outcome report: who and outcomes", () => {
  it("splits each cohort's trainees, unknowns included, a trainee with two ties under both", () => {
    // A: tA1 WOMAN MASTER Ekonomi [GREW_UP, STUDIED]; tA2 MAN BACHELOR IT []; tA3 WOMAN – – [NONE];
    //    tA4 OTHER PHD " Ekonomi " (trimmed) [STUDIED].
    expect(byName("Trainee 2018").who).toEqual({
      gender: [{ key: "WOMAN", count: 2 }, { key: "MAN", count: 1 }, { key: "OTHER", count: 1 }],
      education: [{ key: "BACHELOR", count: 1 }, { key: "MASTER", count: 1 }, { key: "PHD", count: 1 }, { key: "UNKNOWN", count: 1 }],
      field: [{ key: "Ekonomi", count: 2 }, { key: "IT", count: 1 }, { key: "UNKNOWN", count: 1 }],
      ties: [{ key: "STUDIED", count: 2 }, { key: "GREW_UP", count: 1 }, { key: "NONE", count: 1 }, { key: "UNKNOWN", count: 1 }],
    });
  });

  it("sums the splits over the selection", () => {
    // gender: WOMAN A2 + B2 + C1 = 5, MAN A1 + C1 + D1 = 3, OTHER 1, UNDISCLOSED 1 (= 10 trainees).
    // education: MASTER A1 + B2 + C1 + D1 = 5, BACHELOR A1 + C1 = 2, PHD A1 + C1 = 2, UNKNOWN 1.
    // field: IT A1 + B1 + C2 + D1 = 5, Ekonomi A2 + B1 = 3, Biologi 1, UNKNOWN 1.
    // ties: GREW_UP A1 + B1 + C2 = 4, STUDIED A2 + C1 = 3, NONE A1 + D1 = 2, UNKNOWN A1 + C1 = 2, PARTNER_FAMILY B1.
    expect(report.total.who).toEqual({
      gender: [{ key: "WOMAN", count: 5 }, { key: "MAN", count: 3 }, { key: "OTHER", count: 1 }, { key: "UNDISCLOSED", count: 1 }],
      education: [{ key: "MASTER", count: 5 }, { key: "BACHELOR", count: 2 }, { key: "PHD", count: 2 }, { key: "UNKNOWN", count: 1 }],
      field: [{ key: "IT", count: 5 }, { key: "Ekonomi", count: 3 }, { key: "Biologi", count: 1 }, { key: "UNKNOWN", count: 1 }],
      ties: [
        { key: "GREW_UP", count: 4 }, { key: "STUDIED", count: 3 }, { key: "NONE", count: 2 }, { key: "UNKNOWN", count: 2 }, { key: "PARTNER_FAMILY", count: 1 },
      ],
    });
  });

  it("computes each outcome among those whose answer is known", () => {
    // A: ended tA1 tA2 (COMPLETED) tA3 (DROPPED_OUT) = 3, tA4 ACTIVE → 2 / 3, 1 / 3.
    // offered job YES tA1 tA2, NO tA4 → 2 / 3; accepted YES tA1, NO tA2 → 1 / 2.
    // in region at the end: tA1 survey YES (its Stockholm ignored), tA2 survey UNKNOWN → Karlstad (yes),
    //   tA3 no survey → Oslo (no), tA4 nothing → unknown: 2 / 3.
    // +1 year: tA1 YES, tA2 NO, tA3 UNKNOWN → 1 / 2; +3 years: tA1 NO → 0 / 1.
    expect(byName("Trainee 2018").outcomes).toEqual({
      completed: o(2, 3, 0.6667), droppedOut: o(1, 3, 0.3333), offeredJob: o(2, 3, 0.6667), acceptedOffer: o(1, 2, 0.5),
      inRegionEnd: o(2, 3, 0.6667), inRegion1y: o(1, 2, 0.5), inRegion3y: o(0, 1, 0),
    });
    // B: both completed; offered NO, YES → 1 / 2; accepted YES → 1 / 1; end: tB1 survey NO, tB2 Arvika → 1 / 2;
    // +1: YES YES → 2 / 2; +3: tB1 YES, tB2 UNKNOWN → 1 / 1.
    expect(byName("Trainee 2019").outcomes).toEqual({
      completed: o(2, 2, 1), droppedOut: o(0, 2, 0), offeredJob: o(1, 2, 0.5), acceptedOffer: o(1, 1, 1),
      inRegionEnd: o(1, 2, 0.5), inRegion1y: o(2, 2, 1), inRegion3y: o(1, 1, 1),
    });
    // C (imported, counted the same way): ended 3, completed 2, dropped 1; offered YES, –, NO → 1 / 2;
    // accepted YES, –, NO → 1 / 2; end: tC1 Karlstad yes, tC2 survey NO, tC3 unknown → 1 / 2; +1: 1 / 1; +3: 0 / 1.
    expect(byName("Trainee 2020").outcomes).toEqual({
      completed: o(2, 3, 0.6667), droppedOut: o(1, 3, 0.3333), offeredJob: o(1, 2, 0.5), acceptedOffer: o(1, 2, 0.5),
      inRegionEnd: o(1, 2, 0.5), inRegion1y: o(1, 1, 1), inRegion3y: o(0, 1, 0),
    });
  });

  it("sums the outcomes over the selection", () => {
    // ended 3 + 2 + 3 + 1 = 9: completed 2 + 2 + 2 + 1 = 7 (0.7778), dropped 1 + 0 + 1 + 0 = 2 (0.2222).
    // offered 2 + 1 + 1 + 1 = 5 of 3 + 2 + 2 + 1 = 8 (0.625); accepted 1 + 1 + 1 + 1 = 4 of 2 + 1 + 2 + 1 = 6.
    // end 2 + 1 + 1 + 1 = 5 of 3 + 2 + 2 + 1 = 8; +1 1 + 2 + 1 = 4 of 2 + 2 + 1 = 5; +3 0 + 1 + 0 = 1 of 3.
    expect(report.total.outcomes).toEqual({
      completed: o(7, 9, 0.7778), droppedOut: o(2, 9, 0.2222), offeredJob: o(5, 8, 0.625), acceptedOffer: o(4, 6, 0.6667),
      inRegionEnd: o(5, 8, 0.625), inRegion1y: o(4, 5, 0.8), inRegion3y: o(1, 3, 0.3333),
    });
  });
});

describe("outcome report: members", () => {
  it("counts members, active members and trainees per employer in each year the cohorts span", () => {
    // 2018: members E1, E2 (E3 from 2019, E5 left 2017) = 2; hosts E1 (tA1 tA2) E2 (tA3) E3 (tA4) → 4 / 3;
    //   active members: E1, E2 (hosted, published) = 2 — E3 hosted but was not yet a member.
    // 2019: members E1 E2 E3 = 3, all hosted; trainees tA1 tA2 tA4 tB1 tB2 = 5 / 3 hosts = 1.67.
    // 2020: members E1 E3 E4 = 3 (E2 left 2019), active all 3; hosts E1 E2 E3 E4: tB1 tB2 tC1 tC2 tC3 tD1 = 6 / 4.
    // 2021: members E1 E3 E6 = 3; hosted: E1 (tC1 tC3) → 2 / 1; active E1 and E6 (posting published
    //   2021-01-01 00:30 in Stockholm) = 2.
    expect(report.members.years).toEqual([
      { year: 2018, total: 2, active: 2, trainees: 4, hosts: 3, traineesPerEmployer: 1.33 },
      { year: 2019, total: 3, active: 3, trainees: 5, hosts: 3, traineesPerEmployer: 1.67 },
      { year: 2020, total: 3, active: 3, trainees: 6, hosts: 4, traineesPerEmployer: 1.5 },
      { year: 2021, total: 3, active: 2, trainees: 2, hosts: 1, traineesPerEmployer: 2 },
    ]);
  });

  it("lists how many of the selected cohorts' trainees each employer hosted", () => {
    // E1: tA1 tA2 tC1 tC3 = 4; E2: tA2 tA3 tB1 = 3; E3: tA4 tB2 = 2; E4: tC2 tD1 = 2 (ties by name).
    const { E1, E2, E3, E4 } = f.employers;
    expect(report.members.employers).toEqual([
      { employerId: E1, name: "Alfa AB", trainees: 4 },
      { employerId: E2, name: "Beta kommun", trainees: 3 },
      { employerId: E4, name: "Delta AB", trainees: 2 },
      { employerId: E3, name: "Gamma AB", trainees: 2 },
    ]);
  });
});

describe("outcome report: one cohort", () => {
  it("reports one cohort alone, its total being its own figures", async () => {
    const one = await load({ cohortId: f.cohorts.A });
    expect(one.cohorts).toHaveLength(1);
    const { cohortId: _id, name: _n, startDate: _s, endDate: _e, year: _y, status: _st, imported: _i, ...figures } = one.cohorts[0];
    expect(one.total).toEqual(figures);
    expect(one.total.funnel).toEqual(byName("Trainee 2018").funnel);
    // The years cohort A spans (2018–2019), counted over every trainee of the year.
    expect(one.members.years.map((y) => [y.year, y.trainees])).toEqual([[2018, 4], [2019, 5]]);
    // Only cohort A's trainees: E1 tA1 tA2, E2 tA2 tA3, E3 tA4.
    expect(one.members.employers.map((e) => [e.name, e.trainees])).toEqual([["Alfa AB", 2], ["Beta kommun", 2], ["Gamma AB", 1]]);
  });

  it("finds a cohort by name in its own consortium only, and a year range without cohorts is empty", async () => {
    const found = await withTenant(f.t.id, null, (tx) => findCohortByName(tx, f.t.id, "Trainee 2019"));
    expect(found).toEqual({ id: f.cohorts.B, name: "Trainee 2019" });
    expect(await withTenant(f.t.id, null, (tx) => findCohortByName(tx, f.t.id, "Trainee 2017"))).toBeNull();
    const empty = await load({ fromYear: 2010, toYear: 2012 });
    expect(empty.cohorts).toEqual([]);
    expect(empty.total.funnel.hired).toBe(0);
    expect(empty.availableYears).toEqual(report.availableYears);
  });

  it("sees nothing of another consortium's cohort", async () => {
    const stranger = await createTenant("mo");
    const other = await load({ cohortId: stranger.cohortId });
    expect(other.cohorts).toEqual([]);
    expect(await withTenant(f.t.id, null, (tx) => findCohortByName(tx, stranger.id, "2027/28"))).toBeNull();
  });
});
