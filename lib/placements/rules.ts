// Pure date rules for placements. Placement dates are calendar days (DATE columns, UTC midnight),
// both ends included: a placement from 1 Sep to 31 Dec and one from 1 Jan touch but do not overlap.
import { addMonths } from "../retention/rules";

const DAY_MS = 86_400_000;

export interface Span {
  startDate: Date;
  endDate: Date;
}

/** "2027-01-31" → that day at UTC midnight, as Prisma returns DATE columns. */
export function toDay(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** The inverse of toDay, for date inputs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function insideCohort(span: Span, cohort: Span): boolean {
  return span.startDate >= cohort.startDate && span.endDate <= cohort.endDate && span.endDate >= span.startDate;
}

export function hasStarted(span: Pick<Span, "startDate">, today: Date): boolean {
  return span.startDate <= today;
}

/** The span running on `day`, if any. */
export function spanOn<S extends Span>(spans: S[], day: Date): S | undefined {
  return spans.find((s) => s.startDate <= day && day <= s.endDate);
}

export interface RotationLeg {
  employerId: string;
  /** Months at this employer; left out on the last leg, it runs to the cohort's end. */
  months?: number;
}

/**
 * A rotation as consecutive placements from `start`: each leg ends the day before the next begins.
 * Months are counted from the rotation's start (not leg by leg), so month lengths never drift: 3 × 4
 * months from 1 September ends on 31 December, 30 April and 31 August.
 */
export function rotationSpans(start: Date, legs: RotationLeg[], cohortEnd: Date): (Span & { employerId: string })[] {
  let offset = 0;
  return legs.map((leg, i) => {
    const startDate = addMonths(start, offset);
    const open = leg.months === undefined && i === legs.length - 1;
    offset += leg.months ?? 0;
    const endDate = open ? cohortEnd : addDays(addMonths(start, offset), -1);
    return { employerId: leg.employerId, startDate, endDate };
  });
}
