import { SMALL_COUNT } from "../dashboards/privacy";
import type {
  Figure,
  Funnel,
  MaskedFunnel,
  MaskedOutcome,
  MaskedOutcomeReport,
  MaskedOutcomes,
  MaskedSection,
  MaskedSplit,
  Outcome,
  OutcomeReport,
  Outcomes,
  Split,
} from "./types";

// The steering group reads outcomes of groups of 5–25 people: a count from 1 to 4 could point at
// a person, so it is shown as "<5", and a share or ratio built on a hidden count is hidden too
// (2 of 3 is as telling as the 2). Zero stays zero: it names nobody. Coordinators see everything.

export const HIDDEN: Figure = `<${SMALL_COUNT}`;

const isSmall = (count: number) => count > 0 && count < SMALL_COUNT;

/** A count as shown: exact, or "<5" when it is 1–4 and the reader may not see exact figures. */
export function figure(count: number, exact: boolean): Figure {
  return !exact && isSmall(count) ? HIDDEN : count;
}

function optional(count: number | null, exact: boolean): Figure | null {
  return count === null ? null : figure(count, exact);
}

/** An outcome as shown: the share is hidden when the count or the number known is. */
export function maskOutcome(outcome: Outcome, exact: boolean): MaskedOutcome {
  const count = figure(outcome.count, exact);
  const known = figure(outcome.known, exact);
  const hidden = count === HIDDEN || known === HIDDEN;
  return { count, known, share: hidden ? null : outcome.share };
}

function maskSplit<K extends string>(split: Split<K>, exact: boolean): MaskedSplit<K> {
  return split.map(({ key, count }) => ({ key, count: figure(count, exact) }));
}

function maskFunnel(f: Funnel, exact: boolean): MaskedFunnel {
  const applicants = optional(f.applicants, exact);
  const places = optional(f.places, exact);
  return {
    applicants,
    places,
    applicantsPerPlace: applicants === HIDDEN || places === HIDDEN ? null : f.applicantsPerPlace,
    outsideRegion: maskOutcome(f.outsideRegion, exact),
    interviewed: optional(f.interviewed, exact),
    offered: optional(f.offered, exact),
    hired: figure(f.hired, exact),
  };
}

function maskOutcomes(o: Outcomes, exact: boolean): MaskedOutcomes {
  const entries = Object.entries(o) as [keyof Outcomes, Outcome][];
  return Object.fromEntries(entries.map(([key, value]) => [key, maskOutcome(value, exact)])) as MaskedOutcomes;
}

function maskSection(s: OutcomeReport["total"], exact: boolean): MaskedSection {
  return {
    funnel: maskFunnel(s.funnel, exact),
    heardFrom: maskSplit(s.heardFrom, exact),
    who: {
      gender: maskSplit(s.who.gender, exact),
      education: maskSplit(s.who.education, exact),
      field: maskSplit(s.who.field, exact),
      ties: maskSplit(s.who.ties, exact),
    },
    outcomes: maskOutcomes(s.outcomes, exact),
  };
}

/**
 * The whole report as a reader sees it: unchanged figures when `exact` (metrics.exact), else every
 * count of 1–4 as "<5" with the shares and ratios built on it hidden.
 */
export function maskReport(report: OutcomeReport, exact: boolean): MaskedOutcomeReport {
  return {
    exact,
    cohorts: report.cohorts.map((c) => ({ ...c, ...maskSection(c, exact) })),
    total: maskSection(report.total, exact),
    members: {
      years: report.members.years.map((y) => {
        const trainees = figure(y.trainees, exact);
        const hosts = figure(y.hosts, exact);
        const hidden = trainees === HIDDEN || hosts === HIDDEN;
        return { year: y.year, total: figure(y.total, exact), active: figure(y.active, exact), trainees, hosts, traineesPerEmployer: hidden ? null : y.traineesPerEmployer };
      }),
      employers: report.members.employers.map((e) => ({ ...e, trainees: figure(e.trainees, exact) })),
    },
    availableYears: report.availableYears,
  };
}
