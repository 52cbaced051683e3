import { zonedToUtc } from "../i18n/zoned-time";

// Invoice periods are calendar years. Calendar days (DATE columns: memberships, rule validity,
// placements) are compared as "YYYY-MM-DD" strings; events (instants) against the day's bounds
// on the consortium's wall clock, so a posting published at 00:30 on 1 January counts in January.

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export interface Period {
  year: number;
  /** First and last day, as the DATE columns hold them (UTC midnight). */
  start: Date;
  end: Date;
  startDay: string;
  endDay: string;
}

export function periodOf(year: number): Period {
  const startDay = `${year}-01-01`;
  const endDay = `${year}-12-31`;
  return { year, start: dateOf(startDay), end: dateOf(endDay), startDay, endDay };
}

/** A DATE column's value as "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function nextDay(day: string): string {
  return dayOf(new Date(dateOf(day).getTime() + 86_400_000));
}

export const maxDay = (a: string, b: string) => (a > b ? a : b);
export const minDay = (a: string, b: string) => (a < b ? a : b);

/** Closed span of days; `to` null means open-ended. */
export interface DaySpan {
  from: string;
  to: string | null;
}

/** The days of `span` inside the period, or null when they do not meet. */
export function clipToPeriod(span: DaySpan, period: Period): { from: string; to: string } | null {
  const from = maxDay(span.from, period.startDay);
  const to = span.to === null ? period.endDay : minDay(span.to, period.endDay);
  return from <= to ? { from, to } : null;
}

export function covers(span: DaySpan, day: string): boolean {
  return span.from <= day && (span.to === null || day <= span.to);
}

/** The instants of whole days `from`..`to` on the consortium's wall clock: [gte, lt). */
export function instantsOf(days: { from: string; to: string }, timeZone: string): { gte: Date; lt: Date } {
  return { gte: zonedToUtc(`${days.from}T00:00`, timeZone), lt: zonedToUtc(`${nextDay(days.to)}T00:00`, timeZone) };
}

/** Years a coordinator can pick: the last ten and the next one. */
export function selectableYears(today = new Date()): number[] {
  const current = today.getUTCFullYear();
  return Array.from({ length: 11 }, (_, i) => current + 1 - i);
}
