import { addMonths } from "../retention/rules";
import type { WaveName } from "./types";

// When surveys go out, are reminded and stop working (docs/decisions/0017-follow-up-surveys.md).
const DAY_MS = 86_400_000;
export const REMINDER_AFTER_DAYS = 7;
export const LINK_VALID_DAYS = 60;
/** A wave missed by more than this (the server was down, the cohort predates Kohort) waits for a hand. */
export const AUTO_SEND_WINDOW_DAYS = 30;
/** Trainees who left the programme earlier than this before its end get no end survey. */
export const DROPOUT_GRACE_MONTHS = 3;

const WAVE_MONTHS: Record<WaveName, number> = { END: 0, YEAR_1: 12, YEAR_3: 36 };

/** The day a wave is due: the cohort's last day, a year after it, three years after it. */
export function waveDueDate(cohortEnd: Date, wave: WaveName): Date {
  return addMonths(cohortEnd, WAVE_MONTHS[wave]);
}

export function isWaveDue(cohortEnd: Date, wave: WaveName, now: Date): boolean {
  return waveDueDate(cohortEnd, wave) <= now;
}

/** Due, and not so long ago that mail about it would come out of the blue. */
export function isAutoSendDue(cohortEnd: Date, wave: WaveName, now: Date): boolean {
  const due = waveDueDate(cohortEnd, wave);
  return due <= now && now.getTime() - due.getTime() < AUTO_SEND_WINDOW_DAYS * DAY_MS;
}

export function linkExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + LINK_VALID_DAYS * DAY_MS);
}

/** A survey sent before this instant and still unanswered gets its one reminder. */
export function reminderCutoff(now: Date): Date {
  return new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS);
}

/** The earliest end a dropout may have had and still be asked at the cohort's end. */
export function dropoutCutoff(cohortEnd: Date): Date {
  return addMonths(cohortEnd, -DROPOUT_GRACE_MONTHS);
}

/** Consent to follow-up contact: given, and not withdrawn since. */
export function hasAlumniConsent(t: { alumniConsentAt: Date | null; alumniConsentWithdrawnAt: Date | null }): boolean {
  return Boolean(t.alumniConsentAt && (!t.alumniConsentWithdrawnAt || t.alumniConsentWithdrawnAt < t.alumniConsentAt));
}
