import { recordAudit, recordAuditEach } from "../audit/record";
import type { InvoiceLineStatus } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { sumMinor } from "./money";
import { MAX_YEAR, MIN_YEAR, periodOf } from "./period";
import { lockFees, type FeeActor } from "./rules";

// Reviewing a year's lines: listing (all members for the coordinator, one member's own for its
// contact), adjusting a draft with a reason, marking lines invoiced and then paid. Every change
// holds the fees lock (lockFees), so it cannot slip between a rule's deletion check and its delete,
// or between a generation's reading of the lines and its writes.

export const LINE_STATUSES = ["DRAFT", "INVOICED", "PAID"] as const satisfies readonly InvoiceLineStatus[];

/** Whose lines a reader sees: every member's, or only their own employer's (null: none). */
export type LineScope = { all: true } | { all: false; employerId: string | null };

export function lineScopeOf(ctx: { can: (p: "fees.read") => boolean; membership: { employerId: string | null } }): LineScope {
  return ctx.can("fees.read") ? { all: true } : { all: false, employerId: ctx.membership.employerId };
}

export interface LineFilter {
  year: number;
  status?: InvoiceLineStatus;
  employerId?: string;
}

export async function listInvoiceLines(tx: Tx, consortiumId: string, scope: LineScope, filter: LineFilter) {
  if (!scope.all && !scope.employerId) return [];
  const employerId = scope.all ? filter.employerId : scope.employerId!;
  return tx.invoiceLine.findMany({
    where: { consortiumId, periodStart: periodOf(filter.year).start, ...(filter.status ? { status: filter.status } : {}), ...(employerId ? { employerId } : {}) },
    include: { employer: { select: { name: true, orgNumber: true } }, feeRule: { select: { kind: true } } },
    orderBy: [{ employer: { name: "asc" } }, { employerId: "asc" }, { feeRule: { kind: "asc" } }, { description: "asc" }, { id: "asc" }],
  });
}

export type ListedLine = Awaited<ReturnType<typeof listInvoiceLines>>[number];

/** Lines per member with the member's total, and the overall total; all sums are bigint. */
export function groupByMember(lines: ListedLine[]) {
  const groups = new Map<string, { employerId: string; name: string; lines: ListedLine[]; total: bigint }>();
  for (const line of lines) {
    const group = groups.get(line.employerId) ?? { employerId: line.employerId, name: line.employer.name, lines: [], total: 0n };
    group.lines.push(line);
    groups.set(line.employerId, group);
  }
  for (const group of groups.values()) group.total = sumMinor(group.lines.map((l) => l.amountMinor));
  return { members: [...groups.values()], total: sumMinor(lines.map((l) => l.amountMinor)) };
}

/** The most recent year with lines (what the page opens on), or null when there are none. */
export async function latestInvoiceYear(tx: Tx, consortiumId: string, scope: LineScope): Promise<number | null> {
  if (!scope.all && !scope.employerId) return null;
  const latest = await tx.invoiceLine.findFirst({
    where: { consortiumId, ...(scope.all ? {} : { employerId: scope.employerId! }) },
    orderBy: { periodStart: "desc" },
    select: { periodStart: true },
  });
  return latest ? latest.periodStart.getUTCFullYear() : null;
}

/** Locks the lines (this consortium's only) for the rest of the transaction; a foreign id is a 404. */
async function lockLines(tx: Tx, consortiumId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = await tx.$queryRaw<{ id: string; status: InvoiceLineStatus; amountMinor: number }[]>`
    SELECT id, status, "amountMinor" FROM "InvoiceLine" WHERE id = ANY(${unique}) AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  if (rows.length !== unique.length) throw new AppError("notFound");
  return rows;
}

/** A new amount for a draft, with the reason; what the schedule gave stays beside it. */
export async function adjustInvoiceLine(tx: Tx, actor: FeeActor, input: { id: string; amountMinor: number; reason: string }, now = new Date()) {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  const [line] = await lockLines(tx, consortiumId, [input.id]);
  if (line.status !== "DRAFT") throw new AppError("invoiceLocked");
  await tx.invoiceLine.updateMany({
    where: { id: input.id, consortiumId, status: "DRAFT" },
    data: { amountMinor: input.amountMinor, adjustmentReason: input.reason, adjustedAt: now, adjustedById: actor.userId },
  });
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "invoice.adjust",
    targetType: "InvoiceLine",
    targetId: input.id,
    data: { from: line.amountMinor, to: input.amountMinor, reason: input.reason },
  });
}

/** Drafts → invoiced. Every line must be a draft of this consortium, or nothing changes. */
export async function markInvoiced(tx: Tx, actor: FeeActor, ids: string[], now = new Date()) {
  return moveLines(tx, actor, ids, "DRAFT", "invoiceLocked", { status: "INVOICED", invoicedAt: now }, "invoice.invoiced");
}

/** Invoiced → paid. A draft has not been sent yet, so it cannot be paid. */
export async function markPaid(tx: Tx, actor: FeeActor, ids: string[], now = new Date()) {
  return moveLines(tx, actor, ids, "INVOICED", "notInvoiced", { status: "PAID", paidAt: now }, "invoice.paid");
}

async function moveLines(
  tx: Tx,
  actor: FeeActor,
  ids: string[],
  from: InvoiceLineStatus,
  refusal: "invoiceLocked" | "notInvoiced",
  data: { status: InvoiceLineStatus; invoicedAt?: Date; paidAt?: Date },
  action: string,
) {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  const rows = await lockLines(tx, consortiumId, ids);
  if (rows.some((r) => r.status !== from)) throw new AppError(refusal);
  const { count } = await tx.invoiceLine.updateMany({ where: { id: { in: rows.map((r) => r.id) }, consortiumId, status: from }, data });
  await recordAuditEach(tx, { consortiumId, actorUserId: actor.userId, action, targetType: "InvoiceLine" }, rows.map((r) => ({ id: r.id })));
  return { count };
}

/**
 * "Select all" on the page: every line its filter shows (a year, perhaps one member and one
 * status), however many, moved on as markInvoiced or markPaid would, all or none. `expected` is how
 * many lines the page showed; when the filter now holds another number, someone generated or
 * changed lines meanwhile, and nothing moves (conflict) rather than lines nobody saw.
 */
export async function markAllLines(
  tx: Tx,
  actor: FeeActor,
  input: { year: number; employerId?: string; status?: InvoiceLineStatus; to: "INVOICED" | "PAID"; expected: number },
  now = new Date(),
) {
  const consortiumId = actor.consortium.id;
  await lockFees(tx, consortiumId);
  if (input.employerId && !(await tx.employer.findFirst({ where: { id: input.employerId, consortiumId }, select: { id: true } }))) {
    throw new AppError("notFound");
  }
  const lines = await tx.invoiceLine.findMany({
    where: { consortiumId, periodStart: periodOf(input.year).start, ...(input.status ? { status: input.status } : {}), ...(input.employerId ? { employerId: input.employerId } : {}) },
    select: { id: true },
  });
  if (lines.length !== input.expected) throw new AppError("conflict");
  const ids = lines.map((l) => l.id);
  return input.to === "INVOICED" ? markInvoiced(tx, actor, ids, now) : markPaid(tx, actor, ids, now);
}

/**
 * What the invoices page shows: the year asked for (else the latest with lines, else this year),
 * its lines by the filters, and (for the coordinator) the members to filter by.
 */
export async function getInvoiceView(tx: Tx, consortiumId: string, scope: LineScope, query: { year?: string; status?: string; member?: string }) {
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR
    ? asked
    : ((await latestInvoiceYear(tx, consortiumId, scope)) ?? new Date().getUTCFullYear());
  const status = LINE_STATUSES.find((s) => s === query.status);
  const employerId = scope.all ? query.member || undefined : undefined;
  const lines = await listInvoiceLines(tx, consortiumId, scope, { year, status, employerId });
  const members = scope.all
    ? await tx.employer.findMany({ where: { consortiumId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] })
    : null;
  return { year, status, employerId, lines, members };
}
