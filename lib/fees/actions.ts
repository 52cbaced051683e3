"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { generateInvoiceLines } from "./generate";
import { adjustInvoiceLine, markAllLines, markInvoiced, markPaid } from "./lines";
import { createFeeRule, deleteFeeRule, setFeeBasis, updateFeeRule, type FeeActor } from "./rules";
import {
  adjustLineSchema,
  feeBasisSchema,
  feeRuleSchema,
  generateSchema,
  lineIdsSchema,
  markAllLinesSchema,
  ruleIdSchema,
  updateFeeRuleSchema,
} from "./schemas";

const actorOf = (ctx: TenantActionContext): FeeActor => ({ consortium: ctx.consortium, userId: ctx.user.id });

export const createFeeRuleAction = tenantAction({ permission: "fees.manage", schema: feeRuleSchema }, async (input, ctx) =>
  createFeeRule(ctx.tx, actorOf(ctx), input),
);

export const updateFeeRuleAction = tenantAction({ permission: "fees.manage", schema: updateFeeRuleSchema }, async ({ id, ...input }, ctx) =>
  updateFeeRule(ctx.tx, actorOf(ctx), id, input),
);

export const deleteFeeRuleAction = tenantAction({ permission: "fees.manage", schema: ruleIdSchema }, async ({ id }, ctx) =>
  deleteFeeRule(ctx.tx, actorOf(ctx), id),
);

export const setFeeBasisAction = tenantAction({ permission: "fees.manage", schema: feeBasisSchema }, async (input, ctx) =>
  setFeeBasis(ctx.tx, actorOf(ctx), input),
);

export const generateInvoiceLinesAction = tenantAction({ permission: "fees.manage", schema: generateSchema }, async ({ year }, ctx) =>
  generateInvoiceLines(ctx.tx, actorOf(ctx), year),
);

export const adjustInvoiceLineAction = tenantAction({ permission: "fees.manage", schema: adjustLineSchema }, async (input, ctx) =>
  adjustInvoiceLine(ctx.tx, actorOf(ctx), input),
);

export const markInvoicedAction = tenantAction({ permission: "fees.manage", schema: lineIdsSchema }, async ({ ids }, ctx) =>
  markInvoiced(ctx.tx, actorOf(ctx), ids),
);

export const markPaidAction = tenantAction({ permission: "fees.manage", schema: lineIdsSchema }, async ({ ids }, ctx) =>
  markPaid(ctx.tx, actorOf(ctx), ids),
);

export const markAllLinesAction = tenantAction({ permission: "fees.manage", schema: markAllLinesSchema }, async (input, ctx) =>
  markAllLines(ctx.tx, actorOf(ctx), input),
);
