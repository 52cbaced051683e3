// Wall-clock times in a consortium's zone ↔ UTC instants, with Intl only (no tz library).
import { intlDateTimeFormat } from "./intl-cache";

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = intlDateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** "2027-03-01T23:59" in Europe/Stockholm → 2027-03-01T22:59:00Z (daylight saving included). */
export function zonedToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, m, d, h, min] = match.map(Number);
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  const first = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  // A second pass settles instants next to a daylight-saving change.
  return new Date(asUtc - offsetMinutes(first, timeZone) * 60_000);
}

/** The inverse, for a datetime-local input's value. */
export function utcToZoned(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** Today's date on the consortium's wall clock, as a DATE column holds it (UTC midnight). */
export function todayIn(timeZone: string, now = new Date()): Date {
  return new Date(`${utcToZoned(now, timeZone).slice(0, 10)}T00:00:00Z`);
}
