import {
  adjustInvoiceLineAction,
  createFeeRuleAction,
  deleteFeeRuleAction,
  generateInvoiceLinesAction,
  markAllLinesAction,
  markInvoicedAction,
  markPaidAction,
  setFeeBasisAction,
  updateFeeRuleAction,
} from "@/lib/fees/actions";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";
import { createEmployerIn, createLineIn, createRuleIn, ruleInput } from "./fees";

// The authorization matrix's entries for the fees actions (see authorization.ts). Only the
// coordinator manages fees; a member's contact reads its own lines on a page, never through an action.
const COORDINATOR: MatrixAction["allowed"] = ["COORDINATOR"];
const perPosting = () => ruleInput({ kind: "PER_POSTING", amount: "1 000,50" });

/** A member of its own with one draft line: "select all" of that member's lines sees exactly one. */
async function memberWithDraft(t: { id: string }) {
  const employerId = await createEmployerIn(t.id, "Select all");
  await createLineIn({ id: t.id, employerId });
  return { year: 2030, employerId, to: "INVOICED", expected: 1 };
}

export const FEE_MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "createFeeRuleAction",
    action: createFeeRuleAction,
    allowed: COORDINATOR,
    input: async () => perPosting(),
    foreignInput: async (_, other) => ruleInput({ kind: "ONE_OFF", description: "Jubileum", employerId: other.employerId }),
  },
  {
    name: "updateFeeRuleAction",
    action: updateFeeRuleAction,
    allowed: COORDINATOR,
    input: async (t) => ({ ...perPosting(), id: await createRuleIn(t.id, "PER_POSTING", 100) }),
    foreignInput: async (_, other) => ({ ...perPosting(), id: await createRuleIn(other.id, "PER_POSTING", 100) }),
  },
  {
    name: "deleteFeeRuleAction",
    action: deleteFeeRuleAction,
    allowed: COORDINATOR,
    input: async (t) => ({ id: await createRuleIn(t.id, "PER_HIRE", 100) }),
    foreignInput: async (_, other) => ({ id: await createRuleIn(other.id, "PER_HIRE", 100) }),
  },
  {
    name: "setFeeBasisAction",
    action: setFeeBasisAction,
    allowed: COORDINATOR,
    input: async (t) => ({ employerId: t.employerId, employeeCount: "40", turnover: "25 000 000", locale: "sv" }),
    foreignInput: async (_, other) => ({ employerId: other.employerId, employeeCount: "40", turnover: "", locale: "sv" }),
  },
  {
    name: "generateInvoiceLinesAction",
    action: generateInvoiceLinesAction,
    allowed: COORDINATOR,
    input: async () => ({ year: 2025 }),
  },
  {
    name: "adjustInvoiceLineAction",
    action: adjustInvoiceLineAction,
    allowed: COORDINATOR,
    input: async (t) => ({ id: await createLineIn(t), amount: "900", reason: "Rabatt", locale: "sv" }),
    foreignInput: async (_, other) => ({ id: await createLineIn(other), amount: "900", reason: "Rabatt", locale: "sv" }),
  },
  {
    name: "markInvoicedAction",
    action: markInvoicedAction,
    allowed: COORDINATOR,
    input: async (t) => ({ ids: [await createLineIn(t)] }),
    foreignInput: async (own, other) => ({ ids: [await createLineIn(own), await createLineIn(other)] }),
  },
  {
    name: "markPaidAction",
    action: markPaidAction,
    allowed: COORDINATOR,
    input: async (t) => ({ ids: [await createLineIn(t, "INVOICED")] }),
    foreignInput: async (own, other) => ({ ids: [await createLineIn(own, "INVOICED"), await createLineIn(other, "INVOICED")] }),
  },
  {
    name: "markAllLinesAction",
    action: markAllLinesAction,
    allowed: COORDINATOR,
    input: memberWithDraft,
    foreignInput: async (_, other) => memberWithDraft(other),
  },
];
