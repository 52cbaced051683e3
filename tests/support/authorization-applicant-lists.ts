import { randomUUID } from "node:crypto";
import { decideExemptionAction, keepOnListAction, publishListsAction, withdrawFromPostingAction } from "@/lib/applicant-lists/actions";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import type { ApplicationMatrixAction } from "./authorization-applications";
import { addExemption, addListApplicant, closedListPosting, listPostingIn, refusedOpen } from "./applicant-lists";
import { addMember, type TenantFixture } from "./fixtures";

// The authorization matrix's entries for the Norwegian applicant lists (issue 20). They run in the
// matrix's Norwegian consortium (`home: "norway"`, a public member employer), since a Swedish one
// has no lists at all; the foreign objects are the other consortium's.

/** An undecided request on a fresh public posting of the consortium's own employer. */
async function pendingExemption(t: TenantFixture) {
  const postingId = await listPostingIn(t);
  const { applicationId } = await addListApplicant(t, [postingId]);
  return addExemption(t, applicationId, postingId);
}

// The applicant's answer uses the refusal up: each try is by a new applicant whose request was
// refused, made by `actor` and named by `input` (the matrix calls them in that order).
let lastRefusal = "none";
async function refusedApplicant(t: TenantFixture, role: Role): Promise<CurrentUser> {
  const user = role === "APPLICANT" ? await addMember(t.id, "APPLICANT", null, `answer-${randomUUID().slice(0, 4)}`) : t.users[role];
  const [first, second] = [await listPostingIn(t), await listPostingIn(t)];
  const { applicationId } = await addListApplicant(t, [first, second], role === "APPLICANT" ? { userId: user.id, email: user.email } : {});
  lastRefusal = await addExemption(t, applicationId, first, refusedOpen());
  return user;
}

async function foreignRefusal(other: TenantFixture) {
  const postingId = await listPostingIn(other);
  const { applicationId } = await addListApplicant(other, [postingId]);
  return { exemptionId: await addExemption(other, applicationId, postingId, refusedOpen()) };
}

export const APPLICANT_LIST_MATRIX_ACTIONS: ApplicationMatrixAction[] = [
  {
    name: "decideExemptionAction",
    action: decideExemptionAction,
    allowed: ["COORDINATOR", "EMPLOYER"],
    home: "norway",
    input: async (t) => ({ exemptionId: await pendingExemption(t), decision: "REFUSE", note: "Stillingen har særlig offentlig interesse." }),
    foreignInput: async (_, other) => ({ exemptionId: await pendingExemption(other), decision: "GRANT", note: "Innvilget." }),
  },
  {
    name: "publishListsAction",
    action: publishListsAction,
    allowed: ["COORDINATOR", "EMPLOYER"],
    home: "norway",
    input: async (t) => {
      const postingId = await closedListPosting(t);
      await addListApplicant(t, [postingId]);
      return { postingId };
    },
    foreignInput: async (_, other) => ({ postingId: await closedListPosting(other) }),
  },
  {
    name: "withdrawFromPostingAction",
    action: withdrawFromPostingAction,
    allowed: ["APPLICANT"],
    home: "norway",
    actor: refusedApplicant,
    input: async () => ({ exemptionId: lastRefusal }),
    foreignInput: async (_, other) => foreignRefusal(other),
    foreignActor: "APPLICANT",
  },
  {
    name: "keepOnListAction",
    action: keepOnListAction,
    allowed: ["APPLICANT"],
    home: "norway",
    actor: refusedApplicant,
    input: async () => ({ exemptionId: lastRefusal }),
    foreignInput: async (_, other) => foreignRefusal(other),
    foreignActor: "APPLICANT",
  },
];
