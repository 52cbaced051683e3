import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { ASSIGNMENT_FIELDS, getCohort, PLACEMENT_ROW } from "./service";

/**
 * The coordinator's page of one trainee: placements, mentor, buddy, status and outcome, plus what
 * the forms offer (the consortium's employers, their contact people, buddies from earlier cohorts).
 * A trainee not of this cohort (or consortium) is a 404.
 */
export async function getTraineeDetail(tx: Tx, consortiumId: string, cohortId: string, traineeId: string) {
  const cohort = await getCohort(tx, consortiumId, cohortId);
  const trainee = await tx.trainee.findFirst({
    where: { id: traineeId, consortiumId, cohortId },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      endedAt: true,
      dropoutReason: true,
      offeredJob: true,
      acceptedOffer: true,
      otherJobInRegion: true,
      residenceMunicipality: true,
      updatedAt: true,
      alumniConsentAt: true,
      placements: { select: PLACEMENT_ROW, orderBy: { startDate: "asc" } },
      mentors: { select: ASSIGNMENT_FIELDS, orderBy: { createdAt: "desc" } },
      checkIns: { select: { id: true, monthOffset: true, dueDate: true, completedAt: true }, orderBy: { dueDate: "asc" } },
      followUps: { select: { wave: true, sentAt: true, answeredAt: true }, orderBy: { wave: "asc" } },
      attendances: { where: { consortiumId }, select: { status: true } },
    },
  });
  if (!trainee) throw new AppError("notFound");
  const [employers, buddies] = await Promise.all([
    tx.employer.findMany({ where: { consortiumId }, select: { id: true, name: true, status: true }, orderBy: { name: "asc" } }),
    buddyCandidates(tx, consortiumId, cohort.startDate),
  ]);
  const placedAt = [...new Set(trainee.placements.map((p) => p.employer.id))];
  const contacts = await tx.membership.findMany({
    where: { consortiumId, role: "EMPLOYER", employerId: { in: placedAt } },
    select: { id: true, employer: { select: { name: true } }, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const { mentors, ...rest } = trainee;
  return {
    cohort,
    trainee: {
      ...rest,
      mentor: mentors.find((m) => m.kind === "MENTOR") ?? null,
      buddy: mentors.find((m) => m.kind === "BUDDY")?.buddy ?? null,
    },
    // New placements go to members; one that has left is offered only where the trainee already was.
    employers: employers.filter((e) => e.status !== "LEFT" || placedAt.includes(e.id)),
    contacts: contacts.map((c) => ({ id: c.id, employer: c.employer?.name ?? "", name: c.user.name ?? c.user.email, email: c.user.email })),
    buddies,
  };
}

/** Trainees and alumni of the consortium's earlier cohorts (started before this one), newest cohort first. */
export function buddyCandidates(tx: Tx, consortiumId: string, before: Date) {
  return tx.trainee.findMany({
    where: { consortiumId, cohort: { consortiumId, startDate: { lt: before } } },
    select: { id: true, name: true, cohort: { select: { id: true, name: true } } },
    orderBy: [{ cohort: { startDate: "desc" } }, { name: "asc" }],
  });
}
