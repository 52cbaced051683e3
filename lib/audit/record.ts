import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";

export interface AuditEntry {
  consortiumId: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Records who did what, in the same transaction as the change itself. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, data: entry.data ?? {} } });
}

/** One event per target of a bulk step (a stage move, invitations), in one insert. */
export async function recordAuditEach(
  tx: Tx,
  entry: Omit<AuditEntry, "targetId" | "data">,
  targets: { id: string; data?: Prisma.InputJsonValue }[],
): Promise<void> {
  await tx.auditEvent.createMany({ data: targets.map((target) => ({ ...entry, targetId: target.id, data: target.data ?? {} })) });
}
