import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { newApiToken } from "./token";

interface Actor {
  consortiumId: string;
  userId: string;
}

/** A consortium's tokens, newest first; never the hash. */
export function listApiTokens(tx: Tx, consortiumId: string) {
  return tx.apiToken.findMany({
    where: { consortiumId },
    select: { id: true, name: true, lastFour: true, exact: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
  });
}

/** Creates a read-only token and returns it this once; only its SHA-256 is kept. */
export async function createApiToken(tx: Tx, actor: Actor, input: { name: string; exact: boolean }): Promise<{ id: string; token: string }> {
  const { token, tokenHash, lastFour } = newApiToken();
  const row = await tx.apiToken.create({
    data: { consortiumId: actor.consortiumId, name: input.name, exact: input.exact, tokenHash, lastFour, createdById: actor.userId },
    select: { id: true },
  });
  await recordAudit(tx, { ...auditOf(actor), action: "apiToken.create", targetId: row.id, data: input });
  return { id: row.id, token };
}

/** Revoking is final: the next request with the token gets 401. Revoking twice changes nothing. */
export async function revokeApiToken(tx: Tx, actor: Actor, id: string): Promise<void> {
  const found = await tx.apiToken.findFirst({ where: { id, consortiumId: actor.consortiumId }, select: { revokedAt: true } });
  if (!found) throw new AppError("notFound");
  if (found.revokedAt) return;
  await tx.apiToken.update({ where: { id, consortiumId: actor.consortiumId }, data: { revokedAt: new Date() } });
  await recordAudit(tx, { ...auditOf(actor), action: "apiToken.revoke", targetId: id });
}

function auditOf(actor: Actor) {
  return { consortiumId: actor.consortiumId, actorUserId: actor.userId, targetType: "ApiToken" };
}
