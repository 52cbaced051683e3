import {
  createGatheringAction,
  deleteGatheringAction,
  inviteToGatheringAction,
  recordAttendanceAction,
  updateGatheringAction,
} from "@/lib/gatherings/actions";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";
import type { TenantFixture } from "./fixtures";
import { gatheringFields, gatheringIn } from "./gatherings";

// The authorization matrix's entries for lib/gatherings actions (see authorization.ts).

/** Attendance at a gathering under way, for the fixture's trainee, who is invited. */
const marked = async (t: TenantFixture) => ({
  gatheringId: await gatheringIn(t, { started: true, invite: [t.traineeId] }),
  marks: [{ traineeId: t.traineeId, status: "PRESENT" }],
});

export const GATHERING_MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "createGatheringAction",
    action: createGatheringAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ cohortId: t.cohortId, ...gatheringFields() }),
    foreignInput: async (_, other) => ({ cohortId: other.cohortId, ...gatheringFields() }),
  },
  {
    name: "updateGatheringAction",
    action: updateGatheringAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: await gatheringIn(t), ...gatheringFields() }),
    foreignInput: async (_, other) => ({ id: await gatheringIn(other), ...gatheringFields() }),
  },
  {
    name: "deleteGatheringAction",
    action: deleteGatheringAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: await gatheringIn(t) }),
    foreignInput: async (_, other) => ({ id: await gatheringIn(other) }),
  },
  {
    name: "inviteToGatheringAction",
    action: inviteToGatheringAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ gatheringId: await gatheringIn(t) }),
    foreignInput: async (_, other) => ({ gatheringId: await gatheringIn(other) }),
  },
  {
    name: "recordAttendanceAction",
    action: recordAttendanceAction,
    allowed: ["COORDINATOR"],
    input: marked,
    foreignInput: async (_, other) => marked(other),
  },
];
