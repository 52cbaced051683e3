import type { Prisma } from "../db/generated/client";

// What the employer contact and the trainee may read of a trainee's year. The check-in fields
// leave out `privateNote` on purpose: a coordinator's private note never leaves the coordinator's
// own pages, so it is not even read for anyone else.

export const SHARED_CHECKIN_FIELDS = {
  id: true,
  monthOffset: true,
  dueDate: true,
  completedAt: true,
  wellbeing: true,
  nextSteps: true,
  sharedNote: true,
} satisfies Prisma.CheckInSelect;

export const PLACEMENT_FIELDS = {
  id: true,
  startDate: true,
  endDate: true,
  employerId: true,
  employer: { select: { name: true } },
} satisfies Prisma.PlacementSelect;

/** Mentor (a person at the employer) and buddy (a trainee of an earlier cohort), with how to reach them. */
export const MENTOR_FIELDS = {
  id: true,
  kind: true,
  personName: true,
  personEmail: true,
  buddy: { select: { name: true, email: true } },
} satisfies Prisma.MentorAssignmentSelect;

/** A mentor's or buddy's name and email, whichever kind of assignment it is. */
export function mentorContact(m: { kind: string; personName: string | null; personEmail: string | null; buddy: { name: string; email: string | null } | null }) {
  return m.kind === "BUDDY" ? { name: m.buddy?.name ?? "", email: m.buddy?.email ?? null } : { name: m.personName ?? "", email: m.personEmail };
}
