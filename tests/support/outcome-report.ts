import type { CohortMetrics, Outcome, OutcomeReport } from "@/lib/metrics/types";

// A hand-made outcome report for unit tests of the dashboard's tables, charts and CSV: two
// cohorts, one of them small enough that the steering group must see "<5".

const outcome = (count: number, known: number): Outcome => ({ count, known, share: known ? Math.round((count / known) * 10_000) / 10_000 : null });

function cohort(id: string, name: string, year: number, n: { applicants: number; hired: number; completed: number; inRegion1y: number; known1y: number }): CohortMetrics {
  return {
    cohortId: id,
    name,
    startDate: `${year}-09-01`,
    endDate: `${year + 1}-08-31`,
    year,
    status: "FINISHED",
    imported: year < 2024,
    funnel: {
      applicants: n.applicants,
      places: n.hired,
      applicantsPerPlace: Math.round((n.applicants / n.hired) * 100) / 100,
      outsideRegion: outcome(Math.round(n.applicants / 3), n.applicants),
      interviewed: n.hired * 2,
      offered: n.hired + 1,
      hired: n.hired,
    },
    heardFrom: [
      { key: "SOCIAL_MEDIA", count: n.applicants - 3 },
      { key: "FRIEND", count: 3 },
    ],
    who: {
      gender: [
        { key: "WOMAN", count: n.hired - 2 },
        { key: "MAN", count: 2 },
      ],
      education: [{ key: "MASTER", count: n.hired }],
      field: [{ key: "Ekonomi", count: n.hired }],
      ties: [
        { key: "GREW_UP", count: n.hired - 1 },
        { key: "UNKNOWN", count: 1 },
      ],
    },
    outcomes: {
      completed: outcome(n.completed, n.hired),
      droppedOut: outcome(n.hired - n.completed, n.hired),
      offeredJob: outcome(n.completed - 1, n.completed),
      acceptedOffer: outcome(n.completed - 2, n.completed - 1),
      inRegionEnd: outcome(n.completed - 1, n.completed),
      inRegion1y: outcome(n.inRegion1y, n.known1y),
      inRegion3y: outcome(0, 0),
    },
  };
}

/** 2023: 150 applicants, 12 hired, 11 completed (1 dropped out), 7 of 9 known in the region a year after. 2024: 40 applicants, 3 hired. */
export function sampleReport(): OutcomeReport {
  const a = cohort("c2023", "Trainee 2023", 2023, { applicants: 150, hired: 12, completed: 11, inRegion1y: 7, known1y: 9 });
  const b = cohort("c2024", "Trainee 2024", 2024, { applicants: 40, hired: 3, completed: 3, inRegion1y: 0, known1y: 0 });
  const total: OutcomeReport["total"] = {
    funnel: {
      applicants: 190,
      places: 15,
      applicantsPerPlace: 12.67,
      outsideRegion: outcome(63, 190),
      interviewed: 30,
      offered: 17,
      hired: 15,
    },
    heardFrom: [
      { key: "SOCIAL_MEDIA", count: 184 },
      { key: "FRIEND", count: 6 },
    ],
    who: {
      gender: [
        { key: "WOMAN", count: 11 },
        { key: "MAN", count: 4 },
      ],
      education: [{ key: "MASTER", count: 15 }],
      field: [{ key: "Ekonomi", count: 15 }],
      ties: [
        { key: "GREW_UP", count: 13 },
        { key: "UNKNOWN", count: 2 },
      ],
    },
    outcomes: {
      completed: outcome(14, 15),
      droppedOut: outcome(1, 15),
      offeredJob: outcome(12, 14),
      acceptedOffer: outcome(10, 12),
      inRegionEnd: outcome(12, 14),
      inRegion1y: outcome(7, 9),
      inRegion3y: outcome(0, 0),
    },
  };
  return {
    cohorts: [a, b],
    total,
    members: {
      years: [
        { year: 2023, total: 14, active: 9, trainees: 12, hosts: 8, traineesPerEmployer: 1.5 },
        { year: 2024, total: 15, active: 4, trainees: 3, hosts: 3, traineesPerEmployer: 1 },
      ],
      employers: [
        { employerId: "e1", name: "Karlstads kommun", trainees: 6 },
        { employerId: "e2", name: "=cmd|' /C calc'!A0", trainees: 2 },
      ],
    },
    availableYears: [2023, 2024],
  };
}
