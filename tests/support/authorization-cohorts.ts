import { removeBuddyAction, removeMentorAction, recordOutcomeAction, setBuddyAction, setMentorAction, setTraineeStatusAction } from "@/lib/cohorts/actions";
import { addPlacementAction, moveTraineeAction, planRotationAction, removePlacementAction, updatePlacementAction } from "@/lib/placements/actions";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";
import { alumnusOf, cohortOf, dayFromToday, freshTrainee, placementsOf, secondEmployerOf, upcomingPlacement } from "./cohorts";

// The authorization matrix's entries for lib/cohorts and lib/placements actions (see
// authorization.ts). Every input names a trainee made for that call, so no call sees another's
// changes and the fixture's own trainee stays as other tests expect it.
const COORDINATOR_ONLY: MatrixAction["allowed"] = ["COORDINATOR"];

/** The only placement of a fresh trainee placed for the whole cohort. */
const placementOfFresh = async (t: Parameters<MatrixAction["input"]>[0]) => (await placementsOf(await freshTrainee(t)))[0];

export const COHORT_MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "addPlacementAction",
    action: addPlacementAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => {
      const { start } = await cohortOf(t);
      return { traineeId: await freshTrainee(t, { placed: false }), employerId: t.employerId, startDate: start, endDate: dayFromToday(10) };
    },
    foreignInput: async (own, other) => {
      const { start } = await cohortOf(own);
      return { traineeId: await freshTrainee(own, { placed: false }), employerId: other.employerId, startDate: start, endDate: dayFromToday(10) };
    },
  },
  {
    name: "updatePlacementAction",
    action: updatePlacementAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => {
      const p = await placementOfFresh(t);
      return { placementId: p.id, employerId: t.employerId, startDate: p.startDate.toISOString().slice(0, 10), endDate: dayFromToday(20) };
    },
    foreignInput: async (own, other) => {
      const p = await placementOfFresh(other);
      return { placementId: p.id, employerId: own.employerId, startDate: p.startDate.toISOString().slice(0, 10), endDate: dayFromToday(20) };
    },
  },
  {
    name: "removePlacementAction",
    action: removePlacementAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ placementId: await upcomingPlacement(t) }),
    foreignInput: async (_, other) => ({ placementId: await upcomingPlacement(other) }),
  },
  {
    name: "planRotationAction",
    action: planRotationAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({
      traineeId: await freshTrainee(t, { placed: false }),
      legs: [{ employerId: t.employerId, months: 4 }, { employerId: await secondEmployerOf(t) }],
    }),
    foreignInput: async (own, other) => ({ traineeId: await freshTrainee(other, { placed: false }), legs: [{ employerId: own.employerId }] }),
  },
  {
    name: "moveTraineeAction",
    action: moveTraineeAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ traineeId: await freshTrainee(t), employerId: await secondEmployerOf(t), fromDate: dayFromToday(7), reason: "Ny inriktning" }),
    foreignInput: async (own, other) => ({ traineeId: await freshTrainee(own), employerId: other.employerId, fromDate: dayFromToday(7), reason: "Ny inriktning" }),
  },
  {
    name: "setMentorAction",
    action: setMentorAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ traineeId: await freshTrainee(t), name: "Maria Sundberg", email: "maria.sundberg@employer.test.example" }),
    foreignInput: async (_, other) => ({ traineeId: await freshTrainee(other), name: "Maria Sundberg", email: "maria.sundberg@employer.test.example" }),
  },
  {
    name: "removeMentorAction",
    action: removeMentorAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ traineeId: await freshTrainee(t) }),
    foreignInput: async (_, other) => ({ traineeId: await freshTrainee(other) }),
  },
  {
    name: "setBuddyAction",
    action: setBuddyAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ traineeId: await freshTrainee(t), buddyTraineeId: await alumnusOf(t) }),
    foreignInput: async (own, other) => ({ traineeId: await freshTrainee(own), buddyTraineeId: await alumnusOf(other) }),
  },
  {
    name: "removeBuddyAction",
    action: removeBuddyAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ traineeId: await freshTrainee(t) }),
    foreignInput: async (_, other) => ({ traineeId: await freshTrainee(other) }),
  },
  {
    name: "setTraineeStatusAction",
    action: setTraineeStatusAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({ traineeId: await freshTrainee(t), status: "COMPLETED", endedAt: (await cohortOf(t)).end }),
    foreignInput: async (_, other) => ({ traineeId: await freshTrainee(other), status: "COMPLETED", endedAt: (await cohortOf(other)).end }),
  },
  {
    name: "recordOutcomeAction",
    action: recordOutcomeAction,
    allowed: COORDINATOR_ONLY,
    input: async (t) => ({
      traineeId: await freshTrainee(t),
      offeredJob: "YES",
      acceptedOffer: "YES",
      otherJobInRegion: "UNKNOWN",
      residence: "OUTSIDE",
      elsewhere: "Oslo",
    }),
    foreignInput: async (_, other) => ({
      traineeId: await freshTrainee(other),
      offeredJob: "NO",
      acceptedOffer: "UNKNOWN",
      otherJobInRegion: "YES",
      residence: "UNKNOWN",
    }),
  },
];
