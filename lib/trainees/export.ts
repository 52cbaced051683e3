import type { Tx } from "../db/tenant";
import { MENTOR_FIELDS, mentorContact, SHARED_CHECKIN_FIELDS } from "./selects";

/**
 * A trainee's part of their data export: every trainee record of theirs in this consortium (one
 * per cohort they were hired into), with placements, attendance, check-ins, mentors and follow-up
 * surveys. Left out: coordinators' private check-in notes (not the trainee's to read), survey
 * link secrets, and the calendar feed secret.
 */
export async function exportMyTraineeData(tx: Tx, consortiumId: string, userId: string) {
  const records = await tx.trainee.findMany({
    where: { consortiumId, userId },
    select: {
      name: true,
      email: true,
      gender: true,
      educationLevel: true,
      field: true,
      ties: true,
      status: true,
      endedAt: true,
      dropoutReason: true,
      alumniConsentAt: true,
      alumniConsentWithdrawnAt: true,
      offeredJob: true,
      acceptedOffer: true,
      otherJobInRegion: true,
      residenceMunicipality: true,
      createdAt: true,
      updatedAt: true,
      cohort: { select: { name: true, startDate: true, endDate: true } },
      placements: {
        where: { consortiumId },
        select: { startDate: true, endDate: true, plannedEndDate: true, endReason: true, employer: { select: { name: true } } },
        orderBy: { startDate: "asc" },
      },
      attendances: {
        where: { consortiumId },
        select: { status: true, gathering: { select: { title: true, type: true, startsAt: true, endsAt: true, place: true } } },
        orderBy: { gathering: { startsAt: "asc" } },
      },
      checkIns: { where: { consortiumId }, select: SHARED_CHECKIN_FIELDS, orderBy: { dueDate: "asc" } },
      mentors: { where: { consortiumId }, select: MENTOR_FIELDS },
      followUps: {
        where: { consortiumId },
        select: {
          wave: true,
          email: true,
          sentAt: true,
          remindedAt: true,
          answeredAt: true,
          expiresAt: true,
          livesInRegion: true,
          worksInRegion: true,
          municipality: true,
          questions: true,
          answers: true,
        },
        orderBy: { wave: "asc" },
      },
    },
    orderBy: { cohort: { startDate: "asc" } },
  });
  return records.map(({ checkIns, mentors, ...record }) => ({
    ...record,
    checkIns: checkIns.map(({ id: _id, ...c }) => c),
    mentors: mentors.map((m) => ({ kind: m.kind, ...mentorContact(m) })),
  }));
}
