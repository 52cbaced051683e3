import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { FeeBasisValues, FeeRuleValues } from "./schemas";
import { dateOf, dayOf } from "./period";
import { isTierKind, tiersOverlap, type Tier } from "./tiers";

// The fee schedule: rules a coordinator adds, edits and removes, and the figures (employee count,
// turnover) that tiered membership fees are chosen by. Lines already invoiced keep their own
// amounts and texts, so editing a rule never changes what was sent out.

export interface FeeActor {
  consortium: { id: string; currency: string; defaultLocale: "sv" | "nb" | "en"; timeZone: string };
  userId: string | null;
}

/**
 * Serialises changes to one consortium's schedule and its invoice lines: two coordinators adding
 * tiers at once could each pass the overlap check, and two generations of a year would race.
 */
export async function lockFees(tx: Tx, consortiumId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`fees:${consortiumId}`}, 0))`;
}

export function listFeeRules(tx: Tx, consortiumId: string) {
  return tx.feeRule.findMany({
    where: { consortiumId },
    include: { employer: { select: { name: true } }, _count: { select: { invoiceLines: true } } },
    orderBy: [{ kind: "asc" }, { minThreshold: "asc" }, { validFrom: "desc" }, { id: "asc" }],
  });
}

export async function getFeeRule(tx: Tx, consortiumId: string, id: string) {
  const rule = await tx.feeRule.findFirst({ where: { id, consortiumId } });
  if (!rule) throw new AppError("notFound");
  return rule;
}

const tierOf = (r: { minThreshold: bigint | null; maxThreshold: bigint | null; validFrom: string; validUntil: string | null }): Tier => ({
  min: r.minThreshold ?? 0n,
  max: r.maxThreshold,
  validity: { from: r.validFrom, to: r.validUntil },
});

/** A tier must not claim a value on a day another tier of its kind claims too. */
async function assertNoOverlap(tx: Tx, consortiumId: string, input: FeeRuleValues, exceptId?: string) {
  if (!isTierKind(input.kind)) return;
  const others = await tx.feeRule.findMany({
    where: { consortiumId, kind: input.kind, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { minThreshold: true, maxThreshold: true, validFrom: true, validUntil: true },
  });
  const mine = tierOf(input);
  const clash = others.some((o) =>
    tiersOverlap(mine, tierOf({ ...o, validFrom: dayOf(o.validFrom), validUntil: o.validUntil && dayOf(o.validUntil) })),
  );
  if (clash) throw new AppError("feeTierOverlap");
}

async function assertEmployer(tx: Tx, consortiumId: string, employerId: string | null) {
  if (employerId && !(await tx.employer.findFirst({ where: { id: employerId, consortiumId }, select: { id: true } }))) {
    throw new AppError("notFound");
  }
}

function toRow(input: FeeRuleValues) {
  return {
    kind: input.kind,
    amountMinor: input.amountMinor,
    minThreshold: input.minThreshold,
    maxThreshold: input.maxThreshold,
    employerId: input.employerId,
    description: input.description,
    validFrom: dateOf(input.validFrom),
    validUntil: input.validUntil ? dateOf(input.validUntil) : null,
  };
}

/** Audit data is JSON: thresholds (bigint) go as strings. */
const auditData = (input: FeeRuleValues) => ({
  kind: input.kind,
  amountMinor: input.amountMinor,
  minThreshold: input.minThreshold?.toString() ?? null,
  maxThreshold: input.maxThreshold?.toString() ?? null,
  employerId: input.employerId,
  validFrom: input.validFrom,
  validUntil: input.validUntil,
});

async function audit(tx: Tx, actor: FeeActor, action: string, targetType: string, targetId: string, data: object = {}) {
  await recordAudit(tx, { consortiumId: actor.consortium.id, actorUserId: actor.userId, action, targetType, targetId, data });
}

export async function createFeeRule(tx: Tx, actor: FeeActor, input: FeeRuleValues) {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  await assertEmployer(tx, consortiumId, input.employerId);
  await assertNoOverlap(tx, consortiumId, input);
  const rule = await tx.feeRule.create({ data: { ...toRow(input), consortiumId } });
  await audit(tx, actor, "fee.rule.create", "FeeRule", rule.id, auditData(input));
  return { id: rule.id };
}

export async function updateFeeRule(tx: Tx, actor: FeeActor, id: string, input: FeeRuleValues) {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  const before = await getFeeRule(tx, consortiumId, id);
  // Lines sent out show their rule's kind: once one is invoiced or paid, the kind stays.
  if (input.kind !== before.kind && (await tx.invoiceLine.count({ where: { consortiumId, feeRuleId: id, status: { not: "DRAFT" } } }))) {
    throw new AppError("invoiceLocked");
  }
  await assertEmployer(tx, consortiumId, input.employerId);
  await assertNoOverlap(tx, consortiumId, input, id);
  await tx.feeRule.updateMany({ where: { id, consortiumId }, data: toRow(input) });
  await audit(tx, actor, "fee.rule.update", "FeeRule", id, { before: { amountMinor: before.amountMinor, kind: before.kind }, after: auditData(input) });
  return { id };
}

/**
 * Removes a rule and its draft lines. A rule with invoiced or paid lines stays (they name it):
 * end it with a "valid until" date instead.
 */
export async function deleteFeeRule(tx: Tx, actor: FeeActor, id: string) {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  await getFeeRule(tx, consortiumId, id);
  if (await tx.invoiceLine.count({ where: { consortiumId, feeRuleId: id, status: { not: "DRAFT" } } })) throw new AppError("invoiceLocked");
  const { count } = await tx.invoiceLine.deleteMany({ where: { consortiumId, feeRuleId: id, status: "DRAFT" } });
  await tx.feeRule.deleteMany({ where: { id, consortiumId } });
  await audit(tx, actor, "fee.rule.delete", "FeeRule", id, { draftLinesRemoved: count });
}

/** Members with the figures tiers are chosen by, for the schedule page. */
export function listFeeBases(tx: Tx, consortiumId: string) {
  return tx.employer.findMany({
    where: { consortiumId },
    select: { id: true, name: true, employeeCount: true, turnoverMinor: true, memberSince: true, memberUntil: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function setFeeBasis(tx: Tx, actor: FeeActor, input: FeeBasisValues) {
  const consortiumId = actor.consortium.id;
  await assertEmployer(tx, consortiumId, input.employerId);
  await tx.employer.updateMany({
    where: { id: input.employerId, consortiumId },
    data: { employeeCount: input.employeeCount, turnoverMinor: input.turnoverMinor },
  });
  await audit(tx, actor, "employer.feeBasis", "Employer", input.employerId, {
    employeeCount: input.employeeCount,
    turnoverMinor: input.turnoverMinor?.toString() ?? null,
  });
}
