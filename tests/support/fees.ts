import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import type { FeeKind, InvoiceLineStatus } from "@/lib/db/generated/enums";

// Fee rules and invoice lines made directly, for tests of the steps after them (adjusting,
// invoicing, the authorization matrix). Lines get no rule, so they never collide on the unique key.

export async function createLineIn(
  t: { id: string; employerId: string },
  status: InvoiceLineStatus = "DRAFT",
  { year = 2030, amountMinor = 1_000_000 }: { year?: number; amountMinor?: number } = {},
) {
  const line = await systemDb().invoiceLine.create({
    data: {
      consortiumId: t.id,
      employerId: t.employerId,
      periodStart: new Date(`${year}-01-01`),
      periodEnd: new Date(`${year}-12-31`),
      description: `Line ${randomUUID().slice(0, 6)}`,
      quantity: 1,
      unitAmountMinor: amountMinor,
      amountMinor,
      computedAmountMinor: amountMinor,
      currency: "SEK",
      status,
      invoicedAt: status === "DRAFT" ? null : new Date(),
      paidAt: status === "PAID" ? new Date() : null,
    },
  });
  return line.id;
}

export async function createRuleIn(
  consortiumId: string,
  kind: FeeKind,
  amountMinor: number,
  extra: { minThreshold?: bigint; maxThreshold?: bigint | null; employerId?: string; validFrom?: string; validUntil?: string; description?: string } = {},
) {
  const rule = await systemDb().feeRule.create({
    data: {
      consortiumId,
      kind,
      amountMinor,
      minThreshold: extra.minThreshold ?? null,
      maxThreshold: extra.maxThreshold ?? null,
      employerId: extra.employerId ?? null,
      description: extra.description ?? null,
      validFrom: new Date(extra.validFrom ?? "2020-01-01"),
      validUntil: extra.validUntil ? new Date(extra.validUntil) : null,
    },
  });
  return rule.id;
}

/** A rule's form input as the coordinator types it (Swedish locale unless given). */
export const ruleInput = (fields: Record<string, string> & { kind: FeeKind }) => ({
  amount: "100",
  validFrom: "2025-01-01",
  locale: "sv",
  ...fields,
});

/** A member employer with the dates and figures a fee test needs. */
export async function createEmployerIn(
  consortiumId: string,
  name: string,
  { memberSince = "2019-01-01", memberUntil, employeeCount = null, turnoverMinor = null }: { memberSince?: string; memberUntil?: string; employeeCount?: number | null; turnoverMinor?: bigint | null } = {},
) {
  const employer = await systemDb().employer.create({
    data: {
      consortiumId,
      name,
      sector: "PRIVATE",
      memberSince: new Date(memberSince),
      memberUntil: memberUntil ? new Date(memberUntil) : null,
      employeeCount,
      turnoverMinor,
    },
  });
  return employer.id;
}

/** A billable event at an instant (ISO), without a posting or trainee behind it. */
export async function createEventIn(consortiumId: string, employerId: string, kind: "POSTING_PUBLISHED" | "TRAINEE_HIRED", at: string) {
  await systemDb().billableEvent.create({ data: { consortiumId, employerId, kind, occurredAt: new Date(at) } });
}

/** A trainee of `cohortId` with the given placements: [employerId, first day, last day]. */
export async function createHostedTrainee(consortiumId: string, cohortId: string, placements: [string, string, string][]) {
  await systemDb().trainee.create({
    data: {
      consortiumId,
      cohortId,
      name: `Hosted ${randomUUID().slice(0, 4)}`,
      placements: { create: placements.map(([employerId, start, end]) => ({ consortiumId, employerId, startDate: new Date(start), endDate: new Date(end) })) },
    },
  });
}
