import type { Role } from "../db/generated/enums";

// How long a sign-in lasts, by role (docs/decisions/0037-session-limits.md, ASVS 5.0 V7.3.1 and
// V7.3.2). Staff — coordinators, employer contacts, the steering group — read applicants'
// personal data: NIST SP 800-63B's AAL2 limits (30 minutes idle, 12 hours in all). Applicants and
// trainees see only their own: a week idle, 30 days in all (AAL1's 30 days).

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const STAFF: SessionLimits = { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR };
const OWN_DATA: SessionLimits = { idleMs: 7 * DAY, absoluteMs: 30 * DAY };

export const SESSION_LIMITS: Record<Role, SessionLimits> = {
  COORDINATOR: STAFF,
  EMPLOYER: STAFF,
  STEERING: STAFF,
  APPLICANT: OWN_DATA,
  TRAINEE: OWN_DATA,
};

/** The longest a session of anyone may last: next-auth's maxAge and the cookie's lifetime. */
export const LONGEST_SESSION_MS = OWN_DATA.absoluteMs;
/** How often an active session's deadline moves forward: a database write at most this often. */
export const SESSION_REFRESH_MS = 5 * MINUTE;

/** A person's limits: the strictest of their roles in any consortium (none yet: a newcomer's). */
export function sessionLimitsFor(roles: Role[]): SessionLimits {
  const all = roles.map((role) => SESSION_LIMITS[role]);
  if (!all.length) return OWN_DATA;
  return { idleMs: Math.min(...all.map((l) => l.idleMs)), absoluteMs: Math.min(...all.map((l) => l.absoluteMs)) };
}

/** When a session seen `now` ends unless seen again: idle limit from now, never past its absolute end. */
export function sessionDeadline(createdAt: Date, now: Date, limits: SessionLimits): Date {
  return new Date(Math.min(now.getTime() + limits.idleMs, createdAt.getTime() + limits.absoluteMs));
}
