import fc from "fast-check";
import { outcomeOf } from "@/lib/metrics/share";
import type { HeardFrom, RegionTie } from "@/lib/db/generated/enums";
import type { CohortMetrics, OutcomeReport, Outcomes, Split } from "@/lib/metrics/types";

// Random cohorts for the property-based disclosure tests: people first, then every figure counted
// from them the way lib/metrics' SQL counts (so every sum a reader could use really holds).

type Tri = "YES" | "NO" | "UNKNOWN";
export interface Person {
  gender: "WOMAN" | "MAN" | "OTHER" | "UNDISCLOSED";
  education: "BACHELOR" | "MASTER" | "PHD" | "UNKNOWN";
  field: string;
  ties: string[];
  status: "ACTIVE" | "COMPLETED" | "DROPPED_OUT";
  offered: Tri;
  accepted: Tri;
  end: Tri;
  y1: Tri;
  y3: Tri;
}

export interface GeneratedCohort {
  people: Person[];
  /** null: an imported cohort whose file gave no figures. */
  applicants: { total: number; outside: number; heard: number[] } | null;
}

const tri = fc.constantFrom<Tri>("YES", "YES", "NO", "UNKNOWN");
const person: fc.Arbitrary<Person> = fc.record({
  gender: fc.constantFrom("WOMAN", "WOMAN", "MAN", "MAN", "OTHER", "UNDISCLOSED"),
  education: fc.constantFrom("BACHELOR", "MASTER", "MASTER", "PHD", "UNKNOWN"),
  field: fc.constantFrom("Economics", "Economics", "Engineering", "Engineering", "Law", "Marine archaeology", "Music", "UNKNOWN"),
  ties: fc.oneof(fc.constant(["UNKNOWN"]), fc.constant(["NONE"]), fc.uniqueArray(fc.constantFrom("GREW_UP", "STUDIED", "PARTNER_FAMILY"), { minLength: 1, maxLength: 3 })).map((ties): string[] => [...ties]),
  status: fc.constantFrom("ACTIVE", "COMPLETED", "COMPLETED", "COMPLETED", "DROPPED_OUT"),
  offered: tri,
  accepted: tri,
  end: tri,
  y1: tri,
  y3: tri,
});

const applicants = fc.option(
  fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 100 }), fc.array(fc.nat(40), { minLength: 0, maxLength: 5 })).map(([total, outsidePct, heard]) => ({
    total,
    outside: Math.floor((total * outsidePct) / 100),
    heard,
  })),
  { freq: 4 },
);

export const cohortArb: fc.Arbitrary<GeneratedCohort> = fc.record({ people: fc.array(person, { minLength: 0, maxLength: 24 }), applicants });
export const cohortsArb = fc.array(cohortArb, { minLength: 1, maxLength: 3 });

function split<K extends string>(keys: K[]): Split<K> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** heardFrom answers that add up to the applicants: the generated weights scaled, the rest UNKNOWN. */
function heardFrom(a: NonNullable<GeneratedCohort["applicants"]>): string[] {
  const channels = ["FRIEND", "SOCIAL_MEDIA", "UNIVERSITY", "SEARCH", "EVENT"];
  const keys: string[] = [];
  const weight = a.heard.reduce((s, w) => s + w, 0);
  a.heard.forEach((w, i) => keys.push(...Array(weight ? Math.floor((a.total * w) / weight / 2) : 0).fill(channels[i])));
  while (keys.length < a.total) keys.push("UNKNOWN");
  return keys;
}

function outcomesOf(people: Person[]): Outcomes {
  const ended = people.filter((p) => p.status !== "ACTIVE").length;
  const yn = (pick: (p: Person) => Tri) => outcomeOf(people.filter((p) => pick(p) === "YES").length, people.filter((p) => pick(p) !== "UNKNOWN").length);
  return {
    completed: outcomeOf(people.filter((p) => p.status === "COMPLETED").length, ended),
    droppedOut: outcomeOf(people.filter((p) => p.status === "DROPPED_OUT").length, ended),
    offeredJob: yn((p) => p.offered),
    acceptedOffer: yn((p) => p.accepted),
    inRegionEnd: yn((p) => p.end),
    inRegion1y: yn((p) => p.y1),
    inRegion3y: yn((p) => p.y3),
  };
}

function section(cohorts: GeneratedCohort[]): Omit<CohortMetrics, "cohortId" | "name" | "startDate" | "endDate" | "year" | "status" | "imported"> {
  const people = cohorts.flatMap((c) => c.people);
  const known = cohorts.filter((c) => c.applicants);
  const sum = (pick: (a: NonNullable<GeneratedCohort["applicants"]>) => number) => (known.length ? known.reduce((s, c) => s + pick(c.applicants!), 0) : null);
  const total = sum((a) => a.total);
  const outside = sum((a) => a.outside);
  return {
    funnel: {
      applicants: total,
      places: known.length ? known.length * 3 : null,
      applicantsPerPlace: total === null ? null : Math.round((total / (known.length * 3)) * 100) / 100,
      outsideRegion: outcomeOf(outside ?? 0, total ?? 0),
      interviewed: total === null ? null : Math.min(total, people.length * 2),
      offered: total === null ? null : Math.min(total, people.length),
      hired: people.length,
    },
    heardFrom: split(known.flatMap((c) => heardFrom(c.applicants!)) as HeardFrom[]),
    who: {
      gender: split(people.map((p) => p.gender)),
      education: split(people.map((p) => p.education)),
      field: split(people.map((p) => p.field)),
      ties: split(people.flatMap((p) => p.ties) as RegionTie[]),
    },
    outcomes: outcomesOf(people),
  };
}

/** The outcome report of generated cohorts, as lib/metrics would count it. */
export function reportOf(cohorts: GeneratedCohort[]): OutcomeReport {
  return {
    cohorts: cohorts.map((c, i) => ({
      cohortId: `c${i}`,
      name: `Trainee ${2020 + i}`,
      startDate: `${2020 + i}-09-01`,
      endDate: `${2021 + i}-08-31`,
      year: 2020 + i,
      status: "FINISHED",
      imported: c.applicants === null,
      ...section([c]),
    })),
    total: section(cohorts),
    members: { years: [], employers: [] },
    availableYears: cohorts.map((_, i) => 2020 + i),
  };
}
