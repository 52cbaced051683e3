import type { AttendanceStatus } from "../db/generated/enums";
import { intlTag } from "../i18n/format";
import { intlNumberFormat } from "../i18n/intl-cache";
import type { AppLocale } from "../i18n/routing";
import { utcToZoned, zonedToUtc } from "../i18n/zoned-time";

/** How one trainee (or one gathering) fared: invitations and what was recorded on the day. */
export interface MarkCounts {
  invited: number;
  present: number;
  absent: number;
  excused: number;
  /** Invitations still INVITED: attendance not taken (yet). */
  unrecorded: number;
  /** present ÷ recorded invitations, 0–1; null while nothing is recorded. */
  rate: number | null;
}

/**
 * The attendance rate is present ÷ invited, counting the invitations whose attendance was taken.
 *
 * An excused absence counts as not attending: it stays in the denominator. The rate answers "how
 * much of the joint programme did the trainee take part in", which the steering group follows,
 * and a missed course day is missed whatever the reason. The excused and absent counts are shown
 * beside the rate, so the coordinator can tell an excused trainee from one who did not turn up.
 *
 * Invitations not yet recorded are left out of both sides: a gathering under way, before its
 * attendance is taken, should not pull everyone's rate down.
 */
export function countMarks(statuses: AttendanceStatus[]): MarkCounts {
  const count = (s: AttendanceStatus) => statuses.filter((x) => x === s).length;
  const present = count("PRESENT");
  const absent = count("ABSENT");
  const excused = count("EXCUSED");
  const recorded = present + absent + excused;
  return {
    invited: statuses.length,
    present,
    absent,
    excused,
    unrecorded: statuses.length - recorded,
    rate: recorded === 0 ? null : present / recorded,
  };
}

/**
 * The consortium's calendar day (YYYY-MM-DD) of an instant: attendance opens on the gathering's
 * first day there, whatever the server's zone.
 */
export function zonedDay(instant: Date, timeZone: string): string {
  return utcToZoned(instant, timeZone).slice(0, 10);
}

/**
 * The first instant of tomorrow in the consortium's zone. A gathering starting before it has had
 * its day come: attendance may be taken, and it counts as held in the rates.
 */
export function heldBefore(timeZone: string, now = new Date()): Date {
  const tomorrow = new Date(Date.parse(`${zonedDay(now, timeZone)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return zonedToUtc(`${tomorrow}T00:00`, timeZone);
}

/** Whether attendance may be taken now: from the start day on, in the consortium's zone. */
export function attendanceOpen(startsAt: Date, timeZone: string, now = new Date()): boolean {
  return zonedDay(now, timeZone) >= zonedDay(startsAt, timeZone);
}

/** A rate as a whole percentage in the reader's locale ("83 %"); a dash while there is none. */
export function formatRate(rate: number | null, locale: AppLocale): string {
  if (rate === null) return "–";
  return intlNumberFormat(intlTag(locale), { style: "percent", maximumFractionDigits: 0 }).format(rate);
}
