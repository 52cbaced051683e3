// The shape of the scale data: how many of everything, the calendar, and the ids. Ids are readable
// text keys computed from numbers (the app's own are cuids; any unique text works), so the SQL that
// fills the large tables can name a row's parent without looking it up.
import { zoned } from "../../../prisma/seed/random";

/** The seed's "now" (the today): past/future decisions are taken against it, not the clock. */
export const TODAY = new Date("2026-11-26T07:00:00Z");

export const CONSORTIA = 60;
export const EMPLOYERS = 50;
/** Cohorts 2017/18 … 2026/27 (finished, the last one running) and 2027/28, recruiting now. */
export const FIRST_YEAR = 2017;
export const RUNNING_YEAR = 2026;
export const OPEN_YEAR = 2027;
export const CAMPAIGNS = OPEN_YEAR - FIRST_YEAR + 1;

/**
 * Applicant a applies in campaign k when STEP·k ≤ a < STEP·k + size(k): everyone applies twice in
 * two years running (the first and last groups once), so a campaign holds last year's applicants
 * (positions < STEP) and newcomers. Hires come only from the second-timers, so nobody is hired twice.
 */
export const STEP = 455;
export const CLOSED_APPLICATIONS = 2 * STEP;
export const OPEN_APPLICATIONS = 1000;
export const APPLICANTS = STEP * (CAMPAIGNS - 1) + OPEN_APPLICATIONS;
/** Hire j of a closed campaign is the application at position HIRE_EVERY·j; its offer is for slot j. */
export const HIRES = 50;
export const HIRE_EVERY = 9;
/** Offers declined per closed campaign: positions HIRE_EVERY·j + 4 for j < DECLINES. */
export const DECLINES = 5;
/** Closed campaigns: postings 0–9 have two places and 10–39 one, 50 places for the 50 hires. */
export const CLOSED_POSTINGS = 40;
export const TWO_PLACE_POSTINGS = 10;
/** The open campaign: 20 published postings, then 2 awaiting approval and 1 draft. */
export const OPEN_PUBLISHED = 20;
export const OPEN_POSTINGS = 23;
export const GATHERINGS_PER_COHORT = 6;

/** The seeded accounts' applicant positions: the open campaign's last newcomer, the running cohort's hire 0. */
export const APPLICANT_ACCOUNT = APPLICANTS - 1;
export const TRAINEE_ACCOUNT = STEP * (RUNNING_YEAR - FIRST_YEAR);

export type Lang = "sv" | "nb";

export const cc = (c: number) => String(c).padStart(2, "0");
export const slugOf = (c: number) => `scale-${cc(c)}`;
export const langOf = (c: number): Lang => (c % 2 === 1 ? "sv" : "nb");

export const ids = {
  consortium: (c: number) => `sc${cc(c)}`,
  employer: (c: number, k: number) => `sc${cc(c)}-e${k}`,
  cohort: (c: number, y: number) => `sc${cc(c)}-h${y}`,
  campaign: (c: number, y: number) => `sc${cc(c)}-k${y}`,
  posting: (c: number, y: number, j: number) => `sc${cc(c)}-p${y}-${j}`,
  staffUser: (c: number, role: string) => `sc${cc(c)}-u-${role}`,
  staffMembership: (c: number, role: string) => `sc${cc(c)}-m-${role}`,
  contactUser: (c: number, k: number) => `sc${cc(c)}-ue${k}`,
  contactMembership: (c: number, k: number) => `sc${cc(c)}-me${k}`,
  question: (c: number, key: string) => `sc${cc(c)}-q-${key}`,
  gathering: (c: number, y: number, n: number) => `sc${cc(c)}-g${y}-${n}`,
  feeRule: (c: number, n: number) => `sc${cc(c)}-f${n}`,
};

export const accountEmail = (c: number, role: string) => `${role}@scale-${cc(c)}.example`;

export interface CampaignDates {
  year: number;
  opensAt: Date;
  closesAt: Date;
  /** When offers were made (three days before) and accepted. */
  hiredAt: Date;
  /** When the coordinator finished recruitment: everything undecided became a rejection. */
  finishedAt: Date;
  start: string;
  end: string;
}

/** A cohort's campaign window in the consortium's zone: 15 Jan–1 Mar, the open one 1 Nov–31 Jan. */
export function campaignDates(year: number, timeZone: string): CampaignDates {
  const open = year === OPEN_YEAR;
  const opensAt = zoned(open ? `${year - 1}-11-01` : `${year}-01-15`, "00:00", timeZone);
  const closesAt = zoned(open ? `${year}-01-31` : `${year}-03-01`, "23:59", timeZone);
  const hiredAt = zoned(`${year}-04-08`, "10:00", timeZone);
  const finishedAt = zoned(`${year}-04-22`, "15:00", timeZone);
  return { year, opensAt, closesAt, hiredAt, finishedAt, start: `${year}-09-01`, end: `${year + 1}-08-31` };
}
