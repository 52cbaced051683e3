import { newApiToken } from "@/lib/api-tokens/token";
import { systemDb } from "@/lib/db/client";

/** An API token of a consortium, written directly; `revoked` makes one that no longer works. */
export async function createApiTokenIn(consortiumId: string, options: { revoked?: boolean; name?: string; exact?: boolean } = {}) {
  const { token, tokenHash, lastFour } = newApiToken();
  const row = await systemDb().apiToken.create({
    data: { consortiumId, name: options.name ?? "BI", exact: options.exact ?? false, tokenHash, lastFour, revokedAt: options.revoked ? new Date() : null },
  });
  return { id: row.id, token };
}
