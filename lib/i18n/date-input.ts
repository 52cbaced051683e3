// Dates typed into a form. Browsers show <input type="date"> in their own locale (09/01/2027 on
// a Swedish page in an American browser), so Kohort's date fields are text fields that show and
// send ISO dates (2027-09-01, the Swedish standard form) and also accept the day-first forms
// people type in Norway and Sweden (1.9.2027, 01/09/2027). Decision 0031.

const pad = (n: string) => n.padStart(2, "0");

function valid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The ISO date (YYYY-MM-DD) a person meant, or null when the text is not a date. */
export function parseDateInput(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!year || !valid(Number(year), Number(month), Number(day))) return null;
  return `${year}-${pad(month!)}-${pad(day!)}`;
}

/** A time of day as HH:MM (24-hour), from "9:30", "09.30" or "930"; null when it is not one. */
export function parseTimeInput(value: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${pad(match[1])}:${match[2]}` : null;
}

/**
 * A date and time of day as "YYYY-MM-DD HH:MM", from any date form above followed by a time
 * ("1.3.2027 23.59", "2027-03-01T23:59", "2027-03-01 kl. 23:59"); null when either part is missing.
 */
export function parseDateTimeInput(value: string): string | null {
  const match = /^(\S+?)(?:T|,?\s+(?:kl\.?\s*)?)(\d{1,2}[:.]?\d{2})$/i.exec(value.trim());
  if (!match) return null;
  const [date, time] = [parseDateInput(match[1]), parseTimeInput(match[2])];
  return date && time ? `${date} ${time}` : null;
}
