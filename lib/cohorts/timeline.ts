// Where a placement's bar sits on the cohort's timeline, as percentages of the cohort's length.
// Both ends are whole days, so a placement over the whole cohort fills exactly 100 %.
import type { Span } from "../placements/rules";

const DAY_MS = 86_400_000;

function days(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Percent offset and width of `span` inside `range`, clipped to it (a bar never spills out). */
export function barPosition(span: Span, range: Span): { left: number; width: number } {
  const total = days(range.startDate, range.endDate) + 1;
  const start = Math.max(0, days(range.startDate, span.startDate));
  const end = Math.min(total, days(range.startDate, span.endDate) + 1);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { left: round((start / total) * 100), width: round((Math.max(0, end - start) / total) * 100) };
}

/** The first day of each month after the cohort's start, with its offset: the timeline's grid. */
export function monthTicks(range: Span): { date: Date; left: number }[] {
  const ticks: { date: Date; left: number }[] = [];
  const first = range.startDate;
  let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1), 1));
  while (month <= range.endDate) {
    ticks.push({ date: month, left: barPosition({ startDate: month, endDate: month }, range).left });
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  }
  return ticks;
}

/** Today's marker, or null when today is outside the cohort. */
export function todayOffset(today: Date, range: Span): number | null {
  if (today < range.startDate || today > range.endDate) return null;
  return barPosition({ startDate: today, endDate: today }, range).left;
}
